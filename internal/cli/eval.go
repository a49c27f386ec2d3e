package cli

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/analyze"
	"github.com/marsad/marsad/internal/events"
	"github.com/marsad/marsad/internal/events/plover"
	"github.com/marsad/marsad/internal/ner"
	"github.com/marsad/marsad/internal/quotes"
	"github.com/marsad/marsad/internal/quotes/polnear"
	"github.com/marsad/marsad/internal/textdump"

	"github.com/marsad/marsad/internal/eval"
	"github.com/marsad/marsad/internal/extract"
	"github.com/marsad/marsad/internal/model"
)

func runEval(ctx context.Context, e *env, args []string) error {
	if len(args) > 0 {
		switch args[0] {
		case "extract":
			return runEvalExtract(ctx, e, args)
		case "ner":
			return runEvalNER(ctx, e, args[1:])
		case "entities", "analyze":
			return runEvalAnalyze(ctx, e, args[1:])
		case "quotes":
			return runEvalQuotes(ctx, e, args[1:])
		case "events":
			return runEvalEvents(ctx, e, args[1:])
		case "dump":
			return runEvalDump(ctx, e, args[1:])
		}
	}
	fmt.Fprintln(e.stderr, "usage: marsad eval extract|ner|analyze|quotes|events|dump [flags] ARGS   (marsad eval ner -h lists a task's flags)")
	if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
		return flag.ErrHelp
	}
	return errUsage
}

func runEvalExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval extract", "DIR...")
	verbose := fs.Bool("v", false, "print one line per page")
	workers := fs.Int("workers", 1, "pages extracted at once (0 = one per CPU)")
	dump := fs.String("dump", "", "write each page's extracted text to this folder")
	noFallback := fs.Bool("no-fallback", false, "never run the slower second pass")
	baseline := fs.Bool("baseline", false, "also run go-trafilatura with its fallback on the same pages, for comparison")
	dirs, err := parse(fs, args[1:])
	if err != nil {
		return err
	}
	if len(dirs) == 0 {
		fs.Usage()
		return errUsage
	}
	var ex extract.Extractor
	fn := func(html []byte, url string) (*model.Article, error) {
		return ex.Extract(html, extract.Options{URL: url, NoFallback: *noFallback})
	}
	for _, dir := range dirs {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		pages, err := eval.Load(dir)
		if err != nil {
			return fmt.Errorf("%w (the evaluation data lives in ../shared/eval/extraction/*)", err)
		}
		rep, err := eval.RunExtraction(pages, fn, *workers)
		if err != nil {
			return err
		}
		name := filepath.Base(filepath.Clean(dir))
		rep.Print(e.stdout, name, *verbose)
		if *baseline {
			brep, err := eval.RunExtraction(pages, eval.Trafilatura, *workers)
			if err != nil {
				return err
			}
			brep.Print(e.stdout, name+" (go-trafilatura+fallback)", false)
		}
		if *dump != "" {
			if err := os.MkdirAll(*dump, 0o755); err != nil {
				return err
			}
			for _, p := range rep.Pages {
				if p.Got != nil {
					txt := "TITLE: " + p.Got.Title + "\nBYLINE: " + p.Got.Byline + "\nDATE: " + p.Got.Published.String() + "\n\n" + p.Got.Text
					if err := os.WriteFile(filepath.Join(*dump, p.Name+".txt"), []byte(txt), 0o644); err != nil {
						return err
					}
				}
			}
		}
	}
	return nil
}

// aqmarTags maps AQMAR's and other corpora's type names to ANERcorp's.
var aqmarTags = map[string]string{"PER": "PERS", "MIS": "MISC", "MISC": "MISC", "PERS": "PERS", "LOC": "LOC", "ORG": "ORG"}

func runEvalNER(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval ner", "FILE|DIR...")
	types := fs.String("types", "PERS,LOC,ORG", "entity types scored, comma-separated")
	full := fs.Bool("full", false, "score the whole analysis (tagger, lexicon and linking) instead of the tagger alone")

	inputs, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(inputs) == 0 {
		fs.Usage()
		return errUsage
	}
	var files []string
	for _, in := range inputs {
		if fi, err := os.Stat(in); err == nil && fi.IsDir() {
			m, _ := filepath.Glob(filepath.Join(in, "*.txt"))
			files = append(files, m...)
			continue
		}
		files = append(files, in)
	}
	// Each file is one document: its sentences are tagged together.
	var docs [][]ner.Sentence
	var gold []ner.Sentence
	for _, f := range files {
		s, err := ner.ReadCoNLLFile(f, aqmarTags)
		if err != nil {
			return fmt.Errorf("%w (the NER data lives in ../shared/eval/ner)", err)
		}
		docs = append(docs, s)
		gold = append(gold, s...)
	}
	a, err := analyze.New()
	if err != nil {
		return err
	}
	tagger := a.Tagger()
	start := time.Now()
	var pred [][]string
	tokens := 0
	for _, d := range docs {
		toks := make([][]string, len(d))
		for i, s := range d {
			toks[i] = s.Tokens
			tokens += len(s.Tokens)
		}
		if *full {
			tags, err := a.TagCoNLL(ctx, toks)
			if err != nil {
				return err
			}
			pred = append(pred, tags...)
			continue
		}
		pred = append(pred, tagger.TagDocument(toks)...)
	}
	el := time.Since(start)
	sc := ner.Evaluate(gold, pred, strings.Split(*types, ","))
	fmt.Fprintf(e.stdout, "%d sentences, %d tokens from %d file(s)\n", len(gold), tokens, len(files))
	fmt.Fprintf(e.stdout, "overall (%s): P=%.3f R=%.3f F1=%.3f\n", *types, sc.Overall.Precision, sc.Overall.Recall, sc.Overall.F1)
	for _, t := range strings.Split(*types, ",") {
		if p, ok := sc.PerType[t]; ok {
			fmt.Fprintf(e.stdout, "  %-5s P=%.3f R=%.3f F1=%.3f\n", t, p.Precision, p.Recall, p.F1)
		}
	}
	fmt.Fprintf(e.stdout, "throughput: %.0f tokens/s\n", float64(tokens)/el.Seconds())
	return nil
}

// parseGoldDate reads a gold file's publication date: RFC 3339, or a day.
func parseGoldDate(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Parse("2006-01-02", s)
}

func runEvalAnalyze(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval analyze", "GOLD_DIR")
	verbose := fs.Bool("v", false, "list missed, spurious and wrongly attributed items")
	dirs, err := parseN(fs, args, 1)
	if err != nil {
		return err
	}
	docs, err := eval.LoadGold(dirs[0])
	if err != nil {
		return err
	}
	a, err := analyze.New()
	if err != nil {
		return err
	}
	var ents eval.EntityScore
	var quotes eval.QuoteScore
	var amounts eval.AmountScore
	var evs eval.EventScore
	reader := textdump.New()
	list := func(label string, items []string) {
		if *verbose {
			for _, it := range items {
				fmt.Fprintf(e.stdout, "  %s %s\n", label, it)
			}
		}
	}
	for _, d := range docs {
		text, published, err := readTextDump(reader, d.TextPath)
		if err != nil {
			return err
		}
		if d.Published != "" {
			if published, err = parseGoldDate(d.Published); err != nil {
				return fmt.Errorf("eval analyze: %s: published: %w", d.Name, err)
			}
		}
		an, err := a.AnalyzeAt(ctx, text, "", published)
		if err != nil {
			return err
		}
		es := eval.ScoreEntities(d.Entities, an.Entities)
		p, r, f := es.PRF()
		fmt.Fprintf(e.stdout, "%s\n  entities: P=%.3f R=%.3f F1=%.3f (tp %d, fp %d, fn %d)\n", d.Name, p, r, f, es.TP, es.FP, es.FN)
		list("missed entity:  ", es.Missed)
		list("spurious entity:", es.Spurious)
		ents.Add(es)
		if len(d.Quotes) > 0 {
			qs := eval.ScoreQuotes(d.Quotes, an.Quotes, d.Entities, an.Entities)
			p, r, f, sp := qs.PRF()
			fmt.Fprintf(e.stdout, "  quotes:   P=%.3f R=%.3f F1=%.3f speaker=%.3f (tp %d, fp %d, fn %d)\n", p, r, f, sp, qs.TP, qs.FP, qs.FN)
			list("missed quote:   ", qs.Missed)
			list("spurious quote: ", qs.Spurious)
			list("wrong speaker:  ", qs.WrongSpeaker)
			quotes.Add(qs)
		}
		if len(d.Amounts) > 0 {
			as := eval.ScoreAmounts(d.Amounts, an.Amounts)
			p, r, f := as.PRF()
			fmt.Fprintf(e.stdout, "  amounts:  P=%.3f R=%.3f F1=%.3f (tp %d, fp %d, fn %d)\n", p, r, f, as.TP, as.FP, as.FN)
			list("missed amount:  ", as.Missed)
			list("spurious amount:", as.Spurious)
			amounts.Add(as)
		}
		if len(d.Events) > 0 {
			es := eval.ScoreEvents(d.Events, an.Events, d.Entities, an.Entities)
			p, r, f := es.PRF()
			fmt.Fprintf(e.stdout, "  events:   P=%.3f R=%.3f F1=%.3f (tp %d, fp %d, fn %d)\n", p, r, f, es.TP, es.FP, es.FN)
			list("missed event:   ", es.Missed)
			list("spurious event: ", es.Spurious)
			evs.Add(es)
		}
	}
	p, r, f := ents.PRF()
	fmt.Fprintf(e.stdout, "entities: %d documents P=%.3f R=%.3f F1=%.3f\n", len(docs), p, r, f)
	if quotes.TP+quotes.FN > 0 {
		p, r, f, sp := quotes.PRF()
		fmt.Fprintf(e.stdout, "quotes: P=%.3f R=%.3f F1=%.3f speaker accuracy=%.3f\n", p, r, f, sp)
	}
	if amounts.TP+amounts.FN > 0 {
		p, r, f := amounts.PRF()
		fmt.Fprintf(e.stdout, "amounts: P=%.3f R=%.3f F1=%.3f\n", p, r, f)
	}
	if evs.TP+evs.FN > 0 {
		p, r, f := evs.PRF()
		fmt.Fprintf(e.stdout, "events: P=%.3f R=%.3f F1=%.3f\n", p, r, f)
		fmt.Fprintf(e.stdout, "  missed events by first failure: actor not found as an entity %d, no event of the type %d, type without the actor %d, type and actor without the recipient %d (%d not found as an entity); coded under another type %d\n",
			evs.NoActorEntity, evs.NoType, evs.WrongActor, evs.WrongRecipient, evs.NoRecipientEntity, evs.OtherType)
		types := slices.Sorted(maps.Keys(evs.ByType))
		var b strings.Builder
		for _, t := range types {
			c := evs.ByType[t]
			fmt.Fprintf(&b, " %s %d/%d/%d", t, c.TP, c.FP, c.FN)
		}
		fmt.Fprintf(e.stdout, "  by type (tp/fp/fn):%s\n", b.String())
	}
	return nil
}

// runEvalQuotes scores English quotation finding on PolNeAR (brat
// attribution relations), with marsad's own entity layer for speakers.
func runEvalQuotes(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval quotes", "POLNEAR_DIR")
	dirs, err := parseN(fs, args, 1)
	if err != nil {
		return err
	}
	a, err := analyze.New()
	if err != nil {
		return err
	}
	finder := quotes.NewFinder()
	find := func(text string) []quotes.Quote {
		d, err := a.Doc(ctx, text, "en")
		if err != nil {
			return nil
		}
		return finder.Find(d, analyze.Entities(d))
	}
	start := time.Now()
	res, err := polnear.Score(dirs[0], find)
	if err != nil {
		return fmt.Errorf("%w (PolNeAR lives in ../shared/eval/quotes/polnear-en/dev)", err)
	}
	fmt.Fprintf(e.stdout, "%d articles in %s\n", res.Files, time.Since(start).Round(time.Millisecond))
	for _, row := range []struct {
		name string
		c    quotes.Counts
	}{{"all attributions", res.All}, {"speech-verb cues", res.Speech}, {"direct quotations", res.Direct}, {"gold source names someone", res.Named}} {
		p, r, f := row.c.PRF()
		fmt.Fprintf(e.stdout, "%-26s P=%.3f R=%.3f F1=%.3f speaker accuracy=%.3f (tp %d, fp %d, fn %d)\n", row.name+":", p, r, f, row.c.SpeakerAccuracy(), row.c.TP, row.c.FP, row.c.FN)
	}
	return nil
}

// runEvalEvents scores English event coding on the PLOVER gold standard
// records, each sentence analysed on its own (entities, then events).
func runEvalEvents(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval events", "PLOVER_GSR_CAMEO.txt")
	half := fs.String("half", "", "score only half a or half b of the sentences (alternate sentences in file order), to check that a change generalises")
	verbose := fs.Bool("v", false, "also print each sentence with an error: gold and coded events")
	confusion := fs.Bool("confusion", false, "also print the type confusion matrix (gold type by the first coded event's type)")
	paths, err := parseN(fs, args, 1)
	if err != nil {
		return err
	}
	recs, err := plover.Load(paths[0])
	if err != nil {
		return fmt.Errorf("%w (the PLOVER gold standard lives in ../shared/eval/events/plover/)", err)
	}
	if *half != "" {
		if recs, err = plover.Half(recs, *half); err != nil {
			return fmt.Errorf("%w: use --half a or --half b", err)
		}
	}
	a, err := analyze.New()
	if err != nil {
		return err
	}
	code := func(text string) []events.Event {
		an, err := a.Analyze(ctx, text, "en")
		if err != nil {
			return nil
		}
		var out []events.Event
		arg := func(r *model.Ref) *events.Arg {
			if r == nil {
				return nil
			}
			a := &events.Arg{ID: r.ID, Name: r.Name, Start: -1, End: -1}
			if i := strings.Index(text, r.Text); r.Text != "" && i >= 0 {
				a.Start, a.End = i, i+len(r.Text) // the mention the coder took
			}
			return a
		}
		for _, ev := range an.Events {
			out = append(out, events.Event{Type: ev.Type, Cameo: ev.Cameo, Actor: arg(ev.Actor), Recipient: arg(ev.Recipient),
				Place: arg(ev.Place), Date: ev.Date, Text: ev.Text, Trigger: ev.Trigger, Negated: ev.Negated})
		}
		return out
	}
	res := plover.Score(recs, code)
	if *verbose {
		res.PrintDetails(e.stdout, true)
	}
	if err := res.Print(e.stdout); err != nil {
		return err
	}
	if *confusion {
		fmt.Fprintln(e.stdout)
		return res.PrintConfusion(e.stdout)
	}
	return nil
}

// readTextDump reads a text dump as marsad reads it: title, standfirst and
// report, without the page's debris, and the date it gives (zero when
// none); a file the reader cannot take is returned whole.
func readTextDump(reader *textdump.Reader, path string) (string, time.Time, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return "", time.Time{}, err
	}
	art, err := reader.Read(string(raw))
	if err != nil {
		return string(raw), time.Time{}, nil
	}
	return strings.Join([]string{art.Title, art.Description, art.Text}, "\n\n"), art.Published, nil
}

// runEvalDump prints, one line each, the events (or, with --entities, the
// entity mentions) marsad finds in every NAME.txt of a directory, in name
// order, read as eval analyze reads them; a name that begins with a date
// (2015-07-21-…) gives the publication date. The output of two builds,
// compared with diff, shows what a change does to text nobody annotated.
func runEvalDump(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval dump", "DIR")
	entities := fs.Bool("entities", false, "print entity mentions instead of events")
	dirs, err := parseN(fs, args, 1)
	if err != nil {
		return err
	}
	files, err := filepath.Glob(filepath.Join(dirs[0], "*.txt"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("eval dump: %s holds no *.txt files", dirs[0])
	}
	slices.Sort(files)
	a, err := analyze.New()
	if err != nil {
		return err
	}
	reader := textdump.New()
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		text, published, err := readTextDump(reader, f)
		if err != nil {
			return err
		}
		name := filepath.Base(f)
		if len(name) >= len("2006-01-02") {
			if t, err := time.Parse("2006-01-02", name[:len("2006-01-02")]); err == nil {
				published = t
			}
		}
		an, err := a.AnalyzeAt(ctx, text, "", published)
		if err != nil {
			fmt.Fprintf(e.stderr, "eval dump: %s: %v\n", name, err)
			continue
		}
		if *entities {
			for _, en := range an.Entities {
				for _, m := range en.Mentions {
					fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", name, en.Type, en.Name, m.Text)
				}
			}
			continue
		}
		for _, ev := range an.Events {
			actor, recipient := "-", "-"
			if ev.Actor != nil {
				actor = ev.Actor.Name
			}
			if ev.Recipient != nil {
				recipient = ev.Recipient.Name
			}
			sentence := []rune(strings.Join(strings.Fields(ev.Text), " "))
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", name, ev.Type, actor, recipient, string(sentence[:min(len(sentence), 120)]))
		}
	}
	return nil
}
