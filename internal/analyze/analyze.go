// Package analyze runs marsad's analysis of an article's text: tokens and
// sentences (internal/doc), names found by the statistical tagger
// (internal/ner) and by the lexicon (internal/link), linked to stable
// entities, and returns the JSON contract of `marsad analyze`
// (model.Analysis) with offsets in Unicode code points.
package analyze

import (
	"context"
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/amounts"
	"github.com/marsad/marsad/internal/doc"
	"github.com/marsad/marsad/internal/events"
	"github.com/marsad/marsad/internal/lang"
	"github.com/marsad/marsad/internal/lexicon"
	"github.com/marsad/marsad/internal/link"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/ner"
	"github.com/marsad/marsad/internal/quotes"
)

// Analyzer analyses texts. Build it with New; it is safe for concurrent use.
type Analyzer struct {
	tagger  *ner.Model
	lex     *lexicon.Lexicon
	linker  *link.Linker
	amounts *amounts.Finder
	quotes  *quotes.Finder
	coder   *events.Coder
	// notNames are the normalised words that are never a name alone.
	notNames map[string]bool
	// firstNames are the normalised non-Arab first names that make a
	// name of several words a person's (see startsWithFirstName).
	firstNames map[string]bool
	// nameWords are the normalised first names of every list (the
	// tagger's, firstnames.txt, namestarts.txt): words whose first letter
	// is no proclitic (see nameStart).
	nameWords map[string]bool
	// wordNames are the Arab first names that are also common words
	// (wordnames.txt), for firstNameBefore only.
	wordNames map[string]bool
	// pipes holds document pipelines: a Tokenizer keeps buffers between
	// documents, so each goroutine takes its own.
	pipes sync.Pool
}

// New loads the embedded tagger model and entity lexicon.
func New() (*Analyzer, error) {
	lex, err := lexicon.Load()
	if err != nil {
		return nil, fmt.Errorf("load entity lexicon: %w", err)
	}
	tagger, err := ner.Default()
	if err != nil {
		return nil, fmt.Errorf("load NER model: %w", err)
	}
	tagger = tagger.WithGazetteer(TaggerGazetteer())
	a := &Analyzer{tagger: tagger, lex: lex, linker: link.New(lex), notNames: map[string]bool{}, amounts: amounts.NewFinder(), quotes: quotes.NewFinder(), coder: events.NewCoder()}
	// English actors named by nationality ("Hungarian officials") are the
	// country, as event coders read them.
	a.coder.Demonym = func(word string) (string, string, bool) {
		if e, ok := lex.Demonym(word); ok {
			return e.ID, e.Name, true
		}
		// a group's adjective: الاعتداء الحوثي، العناصر الداعشية
		for _, c := range lexicon.Clitics(word) {
			if id, ok := groupNisbas[c.Stem]; ok {
				if e, ok := lex.ByID(id); ok {
					return e.ID, e.Name, true
				}
			}
		}
		return "", "", false
	}
	for _, f := range strings.Fields(stripComments(notNamesData)) {
		a.notNames[lexicon.Normalize(f)] = true
	}
	a.firstNames = map[string]bool{}
	a.nameWords = map[string]bool{}
	for _, f := range strings.Fields(stripComments(firstNamesData)) {
		a.firstNames[lexicon.Normalize(f)] = true
		a.nameWords[lexicon.Normalize(f)] = true
	}
	for _, f := range strings.Fields(stripComments(nameStartsData)) {
		a.nameWords[lexicon.Normalize(f)] = true
	}
	ner.EachFirstName(func(f string) { a.nameWords[lexicon.Normalize(f)] = true })
	a.wordNames = map[string]bool{}
	for _, f := range strings.Fields(stripComments(wordNamesData)) {
		a.wordNames[lexicon.Normalize(f)] = true
	}
	// The pipeline is checked once here; the pool then builds the same.
	if _, err := a.newPipeline(); err != nil {
		return nil, err
	}
	a.pipes.New = func() any {
		p, _ := a.newPipeline()
		return p
	}
	return a, nil
}

// newPipeline builds the analysis pipeline: tokens and sentences, the
// tagger's names and the lexicon's, then entity linking.
func (a *Analyzer) newPipeline() (*doc.Pipeline, error) {
	return doc.NewPipeline(&doc.Tokenizer{}, doc.SentenceSplitter{},
		nerAnnotator{a}, gazetteerAnnotator{a.linker}, linkAnnotator{a.linker, a}, datesAnnotator{},
		amountsAnnotator{a.amounts}, quotesAnnotator{a.quotes}, eventsAnnotator{a})
}

// Tagger returns the statistical tagger, for CoNLL tagging and evaluation.
// It consults the entity lexicon's names (TaggerGazetteer), as it did when
// it was trained; they also reach the analysis as mentions of their own
// (LayerKnownNames).
func (a *Analyzer) Tagger() *ner.Model { return a.tagger }

// Doc runs the analysis pipeline on text and returns the annotated
// document, its layers included.
func (a *Analyzer) Doc(ctx context.Context, text, language string) (*doc.Doc, error) {
	return a.docAt(ctx, text, language, time.Time{})
}

func (a *Analyzer) docAt(ctx context.Context, text, language string, published time.Time) (*doc.Doc, error) {
	d := doc.New(text, language)
	d.Published = published
	p := a.pipes.Get().(*doc.Pipeline)
	defer a.pipes.Put(p)
	if err := p.Run(ctx, d); err != nil {
		return nil, err
	}
	return d, nil
}

// Analyze analyses text; language is its ISO 639-1 code, or "" to detect it.
// Relative dates are skipped: see AnalyzeAt.
func (a *Analyzer) Analyze(ctx context.Context, text, language string) (*model.Analysis, error) {
	return a.AnalyzeAt(ctx, text, language, time.Time{})
}

// AnalyzeAt analyses text published at published, the reference of its
// relative dates («أمس», "last week"); a zero time leaves them out.
func (a *Analyzer) AnalyzeAt(ctx context.Context, text, language string, published time.Time) (*model.Analysis, error) {
	if language == "" {
		language = lang.Detect(text)
	}
	d, err := a.docAt(ctx, text, language, published)
	if err != nil {
		return nil, err
	}
	out := model.NewAnalysis(language)
	at := map[string]int{}
	for _, sp := range d.Spans(LayerEntities) {
		i, ok := at[sp.ID]
		if !ok {
			i = len(out.Entities)
			at[sp.ID] = i
			out.Entities = append(out.Entities, model.Entity{ID: sp.ID, Name: sp.Attrs["name"], NameAr: sp.Attrs["name_ar"], Type: sp.Label})
		}
		start, end := d.SpanRunes(sp.Start, sp.End)
		out.Entities[i].Mentions = append(out.Entities[i].Mentions, model.Mention{Start: start, End: end, Text: d.Text[sp.Start:sp.End]})
	}
	for _, sp := range d.Spans(LayerEvents) {
		out.Events = append(out.Events, eventOf(d, sp))
	}
	for _, sp := range d.Spans(LayerQuotes) {
		out.Quotes = append(out.Quotes, quoteOf(d, sp))
	}
	for _, sp := range d.Spans(LayerAmounts) {
		out.Amounts = append(out.Amounts, amountOf(d, sp))
	}
	for _, sp := range d.Spans(LayerDates) {
		start, end := d.SpanRunes(sp.Start, sp.End)
		out.Dates = append(out.Dates, model.Date{Value: sp.ID, Precision: sp.Label, Text: d.Text[sp.Start:sp.End], Start: start, End: end})
	}
	sort.SliceStable(out.Entities, func(i, j int) bool {
		return out.Entities[i].Mentions[0].Start < out.Entities[j].Mentions[0].Start
	})
	return out, nil
}

// nerTypes maps the tagger's ANERcorp types to marsad's; MISC is dropped.
var nerTypes = map[string]string{"PERS": "PER", "ORG": "ORG", "LOC": "LOC"}

// nerMentions tags each sentence and turns the tagged spans into mentions,
// without the conjunction or preposition glued to their first word
// («وبوتين» → «بوتين»).
func (a *Analyzer) nerMentions(d *doc.Doc) []link.Mention {
	var out []link.Mention
	firstWord := wordIndex(d)
	// The Arabic sentences are tagged as one document, so that a name's
	// tags elsewhere in the article inform each other (ner.TagDocument);
	// Latin-script sentences go to the English rules.
	var sents []doc.Sentence
	var toks [][]string
	var latin []link.Mention
	for _, s := range d.Sentences {
		if latinSentence(d, s) {
			latin = append(latin, englishMentions(d, s)...)
			continue
		}
		ts := make([]string, 0, s.EndToken-s.FirstToken)
		for _, t := range d.Tokens[s.FirstToken:s.EndToken] {
			ts = append(ts, t.Text)
		}
		sents = append(sents, s)
		toks = append(toks, ts)
	}
	out = append(out, typeSurnames(a.typeAcronyms(latin))...)
	var seen map[string]int // the document's words, normalised, with their counts; built when needed
	for k, tags := range a.tagger.TagDocument(toks) {
		s := sents[k]
		for _, sp := range ner.Spans(tags) {
			typ, ok := nerTypes[sp.Type]
			if !ok {
				continue
			}
			var conjoined *link.Mention // a second person after و (see conjoinedName)
			ft := s.FirstToken + sp.Start
			lt := s.FirstToken + sp.End - 1
			for lt > ft && d.Tokens[lt].Kind == doc.KindPunct {
				lt-- // يا ناصر.. تعال: the periods the tagger ran into the name
			}
			for ft < lt && d.Tokens[ft].Kind == doc.KindPunct {
				ft++ // العراق.. الجبوري يطالب: the periods before it
			}
			start, end := d.Tokens[ft].Start, d.Tokens[lt].End
			afterName := ft > 0 && strings.HasPrefix(d.Tokens[ft].Text, "و") &&
				(len(out) > 0 && out[len(out)-1].End == d.Tokens[ft-1].End || a.knownWord(d.Tokens[ft-1].Text))
			start = a.nameStart(d, firstWord[ft], ft, afterName, typ == "ORG", &seen)
			start = a.afterPreposition(d, ft, start, end)
			start = afterParticle(d.Text, start, end)
			start, end = acrossPunct(d.Text, start, end)
			end = beforeRelative(d.Text, start, end)
			if start >= end || a.notAName(d.Text[start:end]) || link.Birthplace(d.Text, start, end) || link.SunsetPrayer(d.Text, start, end) ||
				typ != "PER" && a.ambiguousWithArticle(lexicon.Normalize(d.Text[start:end])) {
				continue // (البخاري, a person, is no بخارى with the article)
			}
			if first, rest, ok := strings.Cut(d.Text[start:end], " "); ok && typ == "ORG" && genericBodies[lexicon.Normalize(first)] &&
				strings.TrimSpace(rest) != "" && !strings.HasPrefix(lexicon.Normalize(strings.TrimSpace(rest)), "ال") {
				// رئيس مجلس إدارة [النادي] علييف: the body's common noun
				// is no part of the name after it (البنك المركزي, with
				// its adjective, is a name)
				start = end - len(strings.TrimLeft(rest, " "))
				if a.lex.Lookup(d.Text[start:end]) != nil {
					typ = ""
				}
			}
			if typ == "ORG" && a.indefiniteBody(d.Text[start:end]) {
				continue // جامعة سعودية، منظمة حقوقية مصرية: «a Saudi university», no name
			}
			if typ == "ORG" && ft > 0 && prepBefore(d, ft, start) && a.interestPhrase(d.Text[start:end], true) {
				continue // في مصلحة الأمن والاستقرار: «in the interest of»
			}
			if typ != "PER" && a.startsWithFirstName(d.Text[start:end]) {
				typ = "PER"
			}
			if typ == "PER" {
				if len(out) == 0 || out[len(out)-1].End <= d.Tokens[max(ft-1, 0)].Start {
					start = a.firstNameBefore(d, s, ft, start) // not into the name before
				}
				start = afterRank(d.Text, start, end)
				start = a.afterVerb(d.Text, start, end)
				start = a.afterNisba(d.Text, start, end)
				end = trimTitleTail(d.Text, start, end)
				end = trimOccupation(d.Text, start, end)
				end = beforeNameTitle(d.Text, start, end)
				end = cutAtFunctionWord(d.Text, start, end)
				end = lineageEnd(d, end)
				end = a.familyEnd(d, start, end)
				end = a.beforeTrailingVerb(d.Text, start, end)
				if start >= end || a.notAName(d.Text[start:end]) {
					continue // what is left once cut is no name (مسلحو)
				}
				if cut := a.conjoinedName(d.Text, start, end); cut < end {
					// عبدالله دوش والطميحي: two people; the second
					// after its conjunction
					second := strings.TrimSpace(d.Text[cut:end])[len("و"):]
					if !a.notAName(second) {
						conjoined = &link.Mention{Start: end - len(second), End: end, Text: second, Type: typ}
					}
					end = cut
				}
			}
			if typ == "LOC" && !naturalPlace(d.Text[start:end]) {
				// The tagger knows one kind of place; a town, a province
				// or a state is a GPE (see GUIDELINES), a sea or a
				// mountain range a LOC.
				typ = "GPE"
			}
			if conjoined == nil || !a.notAName(d.Text[start:end]) {
				out = append(out, link.Mention{Start: start, End: end, Text: d.Text[start:end], Type: typ})
			}
			if conjoined != nil {
				out = append(out, *conjoined)
			}
		}
	}
	out = append(out, a.namesAfterTitles(d, out)...)
	out = append(out, a.namesAfterHonorifics(d, out)...)
	out = append(out, a.quotedSurnames(d, out)...)
	out = append(out, a.placesAfterNouns(d, out)...)
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	ms := boardsToBodies(d.Text, a.knownBody, withFacilities(withOrgPhrases(out, a.orgPhrases(d)), a.facilityPhrases(d, out)))
	for i, m := range ms {
		if e := beforeRelative(d.Text, m.Start, m.End); e < m.End {
			ms[i].End, ms[i].Text = e, d.Text[m.Start:e] // an institution's phrase ran into «والذي»
		}
	}
	return ms
}

// boardWords are the words, normalised, that open the name of a body's
// board or management (مجلس إدارة نادي الزمالك، إدارة غرفة جدة, مجلس
// أمناء جامعة), and boardBodies the heads of the bodies they run.
var (
	boardWords  = [][]string{{"مجلس", "اداره"}, {"مجلس", "امناء"}, {"اداره"}, {"رئاسه", "مجلس", "اداره"}}
	boardBodies = normSet(`نادي غرفة شركة جمعية صندوق مؤسسة هيئة بنك مصرف جامعة مستشفى مركز معهد اتحاد بلدية أمانة مجموعة`)
	// boardMembers are the offices on a board, normalised.
	boardMembers = normSet(`رئيس رئيسة نائب عضو عضوة أعضاء أمين أمينة`)
)

// wordBeforeAt returns the word that ends right before byte offset i of
// text, over white space, and where it starts; "" when none.
func wordBeforeAt(text string, i int) (string, int) {
	before := strings.TrimRightFunc(text[:i], unicode.IsSpace)
	j := strings.LastIndexFunc(before, unicode.IsSpace)
	if j >= 0 {
		_, size := utf8.DecodeRuneInString(before[j:])
		j += size
	} else {
		j = 0
	}
	return before[j:], j
}

// withGroupKinds widens each organisation's mention of known that a noun
// of a group's kind (link.GroupKind) stands right before, on the same line, to that noun (its
// proclitic left out: لحركة بوكو حرام → حركة بوكو حرام): the lexicon knows
// «جماعة بوكو حرام» but not every kind the press gives it, and a bare
// kind noun before the name reads as someone unnamed. A name that opens
// with an institution's noun (جامعة الدول العربية، مجلس التعاون) has no
// such kind: the noun before it is a verbal noun (بتنظيم، حركة).
func withGroupKinds(text string, known []link.Mention) []link.Mention {
	for i, k := range known {
		if k.Type != "ORG" {
			continue
		}
		w, at := wordBeforeAt(text, k.Start)
		if w == "" || strings.Contains(text[at+len(w):k.Start], "\n") {
			continue
		}
		if first, _, _ := strings.Cut(lexicon.Normalize(k.Text), " "); orgHeads[first] && first != "حزب" {
			continue // بتنظيم جامعة الدول العربية القمة: «organising», no kind of the league
		}
		for _, c := range lexicon.Clitics(w) {
			if start := at + c.Prefix; link.GroupKind(w[c.Prefix:]) {
				known[i].Start, known[i].Text = start, text[start:k.End]
				break
			}
		}
	}
	return known
}

// boardsToBodies narrows an organisation's mention that names the board
// or management of a body (مجلس إدارة نادي الزمالك) to the body (نادي
// الزمالك): the board speaks and acts for it, and the guidelines' gold
// names the body. A board of no body named after it stays as it is
// (إدارة المرور is a department), and so does a board in an office's
// title (نائب رئيس مجلس إدارة غرفة جدة مازن بترجي: the office is his).
func boardsToBodies(text string, known func(string) bool, ms []link.Mention) []link.Mention {
	for i, m := range ms {
		if m.Type != "ORG" {
			continue
		}
		before, at := wordBeforeAt(text, m.Start)
		if lexicon.Normalize(before) == "مجلس" {
			// the span began after مجلس: رئيس مجلس [إدارة غرفة جدة]
			before, _ = wordBeforeAt(text, at)
		}
		if w := strings.TrimPrefix(lexicon.Normalize(before), "و"); boardMembers[w] || boardMembers[strings.TrimPrefix(w, "ل")] {
			continue
		}
		ws := strings.Fields(lexicon.Normalize(m.Text))
		for _, bw := range boardWords {
			if len(ws) <= len(bw)+1 || !slices.Equal(ws[:len(bw)], bw) && !(strings.HasPrefix(ws[0], "و") && slices.Equal(append([]string{ws[0][len("و"):]}, ws[1:len(bw)]...), bw)) {
				continue
			}
			if !boardBodies[ws[len(bw)]] && !boardBodies[lexicon.StripArticle(ws[len(bw)])] {
				continue
			}
			// the body begins at the len(bw)-th word of the mention
			off := m.Start
			for k := 0; k < len(bw); k++ {
				rest := text[off:m.End]
				trimmed := strings.TrimLeftFunc(rest, unicode.IsSpace)
				off += len(rest) - len(trimmed)
				off += strings.IndexFunc(trimmed+" ", unicode.IsSpace)
			}
			rest := text[off:m.End]
			off += len(rest) - len(strings.TrimLeftFunc(rest, unicode.IsSpace))
			ms[i] = link.Mention{Start: off, End: m.End, Text: text[off:m.End], Type: m.Type}
			break
		}
		if n := len(ws); (n == 2 && runHeads[strings.TrimPrefix(ws[0], "و")] || n == 3 && slices.Equal(ws[:2], boardWords[0])) &&
			strings.HasPrefix(ws[n-1], "ال") && (namedElsewhere(ms, i, ws[n-1]) || known(ws[n-1])) {
			// إدارة الأهلي، مجلس إدارة الزمالك، قيادة التحالف: the body
			// the article names elsewhere (نادي الأهلي، الأهلي) is the
			// mention
			off := m.Start + strings.LastIndexFunc(text[m.Start:m.End], unicode.IsSpace) + 1 // the last word: ws has two or three
			ms[i] = link.Mention{Start: off, End: m.End, Text: text[off:m.End], Type: m.Type}
		}
	}
	return ms
}

// runHeads are the nouns, normalised, of a body's management or
// leadership in construct before its name (إدارة الأهلي، قيادة التحالف).
var runHeads = normSet(`إدارة قيادة`)

// knownBody reports whether the lexicon knows the normalised word w, or
// «نادي» and w, as an organisation's name (الهلال as نادي الهلال).
func (a *Analyzer) knownBody(w string) bool {
	return a.orgKey(w) || a.orgKey("نادي "+w)
}

// namedElsewhere reports whether a mention of ms other than the i-th
// names, as an organisation or a place, the normalised word w, alone or
// after «نادي» (الأهلي، نادي الأهلي).
func namedElsewhere(ms []link.Mention, i int, w string) bool {
	for k, o := range ms {
		if k == i || o.Type != "ORG" && o.Type != "GPE" {
			continue
		}
		n := lexicon.Normalize(o.Text)
		if n == w || n == "نادي "+w || strings.TrimPrefix(n, "و") == w {
			return true
		}
	}
	return false
}

// namePunct are the marks a name never spans: a tagged name across one
// («الرئيس (الإيراني حسن) روحاني») ran two phrases together.
const namePunct = "()[]«»\"“”،,:؛;"

// acrossPunct returns the longest part of text[start:end] between the
// marks of namePunct (the last of equally long ones: the name, after an
// aside), without spaces at its ends; the span itself when it has none.
func acrossPunct(text string, start, end int) (int, int) {
	if !strings.ContainsAny(text[start:end], namePunct) {
		return start, end
	}
	bs, be := start, start
	off := start
	for _, part := range strings.FieldsFunc(text[start:end], func(r rune) bool { return strings.ContainsRune(namePunct, r) }) {
		i := strings.Index(text[off:end], part) + off
		off = i + len(part)
		t := strings.TrimSpace(part)
		s := i + strings.Index(part, t)
		if t != "" && len(strings.Fields(t)) >= len(strings.Fields(text[bs:be])) {
			bs, be = s, s+len(t)
		}
	}
	return bs, be
}

// alaNameContext are the words, normalised, after which «على» opening a
// tagged name is the given name علي written with ى (الشيخ على جمعة،
// وقال على محمد): titles, «son of», speech verbs. After any other word
// it is the preposition that word governs (حكم على، القبض على، وقع
// الاختيار على), and no part of the name.
var alaNameContext = func() map[string]bool {
	m := normSet(`قال وقال يقول صرح وصرح أضاف وأضاف أوضح وأوضح ذكر وذكر أفاد وأفاد أشار وأشار تابع وتابع`)
	maps.Copy(m, nameOpeners)
	return m
}()

// nameOpeners are the words, normalised, after which the next word opens
// a name or continues one (a title, «son of»): no preposition or
// conjunction comes between them, so a tagged name after one keeps its
// first letter (الدكتور بدران، بن وليد).
var nameOpeners = normSet(`الشيخ الدكتور د المهندس اللواء العميد العقيد المقدم الرائد النقيب الفريق المشير
	الأستاذ السيد الأمير الإمام الحاج الفنان اللاعب المواطن الزميل الكاتب الصحفي الشاعر المخرج النجم المدرب
	بن ابن أبو أبي والد`)

// afterPreposition returns where the name the tagger found at token ft,
// from start to end, begins without a leading «على» that is the
// preposition: one with a word of the same line before it that is not in
// alaNameContext, or one with a conjunction glued to it (وعلى). A span
// that is على alone, or starts a line or follows punctuation, stays.
func (a *Analyzer) afterPreposition(d *doc.Doc, ft, start, end int) int {
	if d.Tokens[ft].End-start != len("على") || d.Text[start:d.Tokens[ft].End] != "على" ||
		ft+1 >= len(d.Tokens) || d.Tokens[ft+1].Start >= end || d.Tokens[ft+1].Kind != doc.KindWord {
		return start
	}
	if ft > 0 && d.Tokens[ft].Start == start {
		prev := d.Tokens[ft-1]
		if prev.Kind != doc.KindWord || strings.Contains(d.Text[prev.End:start], "\n") ||
			alaNameContext[lexicon.Normalize(prev.Text)] {
			return start
		}
	} else if ft == 0 {
		return start
	}
	return d.Tokens[ft+1].Start
}

// personFunctionWords are words, as written, that are never part of a
// person's name: a name the tagger ran into them (فيصل بن خالد على،
// فوزي إن ولد الشيخ) ends before them. على is written with ى; the name
// علي with ي.
var personFunctionWords = map[string]bool{"على": true, "إن": true, "أن": true, "إنه": true, "أنه": true,
	"في": true, "من": true, "إلى": true, "عن": true, "مع": true, "قال": true, "وقال": true, "أمس": true,
	"الذي": true, "التي": true, "حيث": true, "كما": true, "لكن": true, "بعد": true, "قبل": true,
	// what a person sends or gives, the object after «بعث الملك سلمان»
	"برقية": true, "برقيه": true, "رسالة": true, "برقيتي": true, "رسالتين": true,
	"كلمة": true, "بيانا": true, "بياناً": true, "تصريحا": true, "تصريحاً": true, "اتصالا": true, "اتصالاً": true,
	"خطابا": true, "خطاباً": true, "أمرا": true, "أمراً": true, "مرسوما": true, "مرسوماً": true,
	// a quantifier after the name: استقبل الملك سلمان [كلا] من …
	"كلا": true, "كلاً": true, "كل": true}

// cutAtFunctionWord returns the end of the person's name text[start:end]
// before the first function word after its first word.
func cutAtFunctionWord(text string, start, end int) int {
	return endBeforeWord(text, start, end, 1, func(w string, _ bool) bool {
		return personFunctionWords[strings.TrimRight(w, "،,.:؛")]
	})
}

// relativeWords are the relative pronouns, normalised, with and without
// و: never a word of a name (صندوق التنمية العقاري والذي).
var relativeWords = normSet(`الذي التي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي والذي والتي والذين`)

// beforeRelative returns the end of the name text[start:end] before a
// relative pronoun after its first word that the tagger ran into it.
func beforeRelative(text string, start, end int) int {
	return endBeforeWord(text, start, end, 1, func(w string, _ bool) bool { return relativeWords[lexicon.Normalize(w)] })
}

// spanParticles are the particles and verbs of being, normalised, that
// the tagger runs into the name after them (أن كي مون أكد: that Ki-moon).
// Not فإن, which is written as the «Van» of فان كوخ.
var spanParticles = normSet(`أن إن بأن لأن وأن وإن كان وكان لكن ولكن`)

// afterParticle returns the start of text[start:end] after a first word
// of spanParticles, when another word follows it; start otherwise.
func afterParticle(text string, start, end int) int {
	first, rest, ok := strings.Cut(text[start:end], " ")
	if !ok || !spanParticles[lexicon.Normalize(first)] || strings.TrimSpace(rest) == "" {
		return start
	}
	return end - len(strings.TrimLeft(rest, " "))
}

// waFamilyNames are family names that begin with و and are a first name
// after it (مراد وهبة، شربل وهبة), normalised.
var waFamilyNames = normSet(`وهبة وهبه وهبي وردة وفا وافي ونوس وحيد وفيق وجدي وصفي وسام ولد`)

// conjoinedName returns the end of the word before the first word after
// the first of the person's name text[start:end] that is و and a family
// name in ي with its article (عبدالله دوش والطميحي: Dosh and
// al-Tumaihi), or و and a first name that is no name with its و (محمد
// كوفي وحمادة; not وليد), end when none does. A transliterated name that
// begins with «وال» (سام والتون، والترز) does not end in the nisba's ي.
func (a *Analyzer) conjoinedName(text string, start, end int) int {
	return endBeforeWord(text, start, end, 1, func(w string, _ bool) bool {
		if rest, ok := strings.CutPrefix(w, "وال"); ok {
			return utf8.RuneCountInString(rest) >= 3 && strings.HasSuffix(w, "ي")
		}
		n := lexicon.Normalize(w)
		rest, ok := strings.CutPrefix(n, "و")
		return ok && utf8.RuneCountInString(rest) >= 3 && a.nameWords[rest] && !a.nameWords[n] && !a.wordNames[n] && !waFamilyNames[n]
	})
}

// endBeforeWord returns the end of the last word of text[start:end] before
// the first word, from the skip-th on (0-based), for which stop holds (told
// whether the word is the last of the span), or end when none does.
func endBeforeWord(text string, start, end, skip int, stop func(word string, last bool) bool) int {
	off, k, prevEnd := start, 0, start
	for off < end {
		rest := text[off:end]
		trimmed := strings.TrimLeftFunc(rest, unicode.IsSpace)
		if trimmed == "" {
			break
		}
		wStart := off + len(rest) - len(trimmed)
		wEnd := wStart + strings.IndexFunc(trimmed+" ", unicode.IsSpace)
		if k >= skip && stop(text[wStart:wEnd], strings.TrimSpace(text[wEnd:end]) == "") {
			return prevEnd
		}
		prevEnd, off, k = wEnd, wEnd, k+1
	}
	return end
}

// addressForms are the forms of address before a title or a name (سمو
// ولي العهد، معالي الوزير), normalised, without «و».
var addressForms = normSet(`سمو معالي فخامه جلاله سياده دوله صاحب حضره`)

// personTitleTail are the words that begin an office after a person's
// name, which the tagger may take into the name: محمد بن سلمان ولي ولي
// العهد، خالد الفالح وزير الصحة.
var personTitleTail = normSet(`ولي وزير رئيس نائب أمير مستشار سفير مدير قائد المتحدث الناطق الأمين رئيسة وزيرة
	العريف الرقيب الجندي الملازم النقيب الرائد المقدم العقيد العميد اللواء`)

// trimTitleTail returns the end of the person's name text[start:end]
// without an office that begins after its second word (after its first,
// when it begins with a word that is never a name). An office is a
// title word and what it is of (وزير الصحة، ولي العهد): a title word that
// ends the span is a part of the name (محمد الحسن الأمين).
func trimTitleTail(text string, start, end int) int {
	// an office that is never a name ends it even after the first word
	// (الملك سلمان سفير روسيا); a rank there may be a family name
	// (عبدالله العميد)
	first, _, _ := strings.Cut(strings.TrimSpace(text[start:end]), " ")
	office := func(n string) bool { return personTitleTail[n] || addressForms[n] }
	if f := lexicon.Normalize(first); !office(f) && !office(strings.TrimPrefix(f, "و")) {
		end = endBeforeWord(text, start, end, 1, func(w string, _ bool) bool { return officeWords[lexicon.Normalize(w)] })
	}
	return endBeforeWord(text, start, end, 2, func(w string, last bool) bool {
		n := lexicon.Normalize(w)
		return personTitleTail[n] && (!last || neverNames[n])
	})
}

// occupations are nouns of trade that, last in a person's span, describe
// the person and are no part of the name (منير جمعة مدرس، لبيد كشاعر،
// عبدالعزيز رجب المفتش). Indefinite, or after ك (as), any of them; with
// the article only those that are seldom family names (not القاضي،
// الشاعر، الحداد، المعلم، المدرس).
var (
	occupations = normSet(`مدرس معلم معلمة موظف موظفة مهندس طبيب طبيبة محام محامي ممرض ممرضة مواطن مواطنة مقيم لاعب مدرب شاعر
		كاتب صحفي صحافي إعلامي مفتش عامل سائق تاجر باحث أستاذ خبير حكم معلق ممثل مطرب فنان`)
	definiteOccupations = normSet(`المفتش الموظف اللاعب المدرب المواطن المقيم السائق الممرض`)
	// asOffices are the offices after ك (as): كمدير، كسفير
	asOffices = normSet(`مدير رئيس سفير مستشار وزير قائد نائب مدرب لاعب`)
)

// trimOccupation returns the end of the person's name text[start:end]
// without a last word of occupations (see there), when a name of at least
// one word stays.
func trimOccupation(text string, start, end int) int {
	return endBeforeWord(text, start, end, 1, func(w string, last bool) bool {
		if !last {
			return false
		}
		n := lexicon.Normalize(w)
		return occupations[n] || definiteOccupations[n] ||
			strings.HasPrefix(n, "ك") && (occupations[n[len("ك"):]] || asOffices[n[len("ك"):]])
	})
}

// firstNameBefore returns where a person's name that the tagger began at
// token ft (its text from start) begins when the word right before it,
// in the sentence, is a first name the tagger left out because it is
// also a common word (سيف يوسف أحمد الفلاسي): a first name of nameWords,
// written bare (no proclitic, not على with ى), and no title or office.
func (a *Analyzer) firstNameBefore(d *doc.Doc, s doc.Sentence, ft, start int) int {
	p := ft - 1
	if p < s.FirstToken || start != d.Tokens[ft].Start || !doc.IsArabicWord(d.Tokens[p]) {
		return start
	}
	t := d.Tokens[p]
	if strings.TrimSpace(d.Text[t.End:start]) != "" || strings.HasSuffix(t.Text, "ى") {
		return start
	}
	n := lexicon.Normalize(t.Text)
	if !a.nameWords[n] && !a.wordNames[n] || personTitleTail[n] || titleWords[n] || strings.HasPrefix(n, "ال") {
		return start
	}
	return t.Start
}

// afterRank returns where a person's name text[start:end] begins after
// «ركن» (staff), the end of a military rank (اللواء ركن، الفريق أول ركن)
// that the tagger may take into the name.
func afterRank(text string, start, end int) int {
	w, rest, ok := strings.Cut(text[start:end], " ")
	if !ok || lexicon.Normalize(w) != lexicon.Normalize("ركن") || strings.TrimSpace(rest) == "" {
		return start
	}
	return end - len(strings.TrimLeft(rest, " "))
}

// afterNisba returns where a person's name text[start:end] of two words
// or more begins when the tagger took the nationality before it into it
// (المدرب [البرتغالي] بيريرا): a first word with the article that is a
// country's adjective.
func (a *Analyzer) afterNisba(text string, start, end int) int {
	first, rest, ok := strings.Cut(text[start:end], " ")
	if !ok || strings.TrimSpace(rest) == "" {
		return start
	}
	if n := lexicon.Normalize(first); !strings.HasPrefix(n, "ال") || !a.isDemonymKey(n) {
		return start
	}
	return end - len(strings.TrimLeft(rest, " "))
}

// afterVerb returns where a person's name text[start:end] of two words
// or more begins when the tagger took the verb before it into it («[شن]
// مسلحو داعش»): a first word the event lexicon reads as a verb.
func (a *Analyzer) afterVerb(text string, start, end int) int {
	first, rest, ok := strings.Cut(text[start:end], " ")
	if !ok || strings.TrimSpace(rest) == "" || a.nameWords[lexicon.Normalize(first)] || !a.coder.ArabicVerb(first) {
		return start
	}
	return end - len(strings.TrimLeft(rest, " "))
}

// nameTitles are the titles, normalised, that stand right before a
// personal name (الأمير محمد، الشيخ صباح).
var nameTitles = normSet(`الأمير الشيخ الملك الرئيس السيد الدكتور اللواء الفريق العميد`)

// beforeNameTitle returns the end of the title chain text[start:end] that
// the tagger ran into the title of the name after it («ولي ولي العهد
// [الأمير] محمد بن سلمان»): a span that opens with a title head and ends
// with a title of nameTitles ends before that title, which belongs to
// the next name. A name that ends with such a word (محمد الأمير) keeps
// it.
func beforeNameTitle(text string, start, end int) int {
	span := text[start:end]
	first, _, ok := strings.Cut(span, " ")
	i := strings.LastIndexByte(span, ' ')
	if !ok || i < 0 || !link.ArTitleHead(first) || !nameTitles[lexicon.Normalize(span[i+1:])] {
		return end
	}
	return start + len(strings.TrimRight(span[:i], " "))
}

// neverNames are the title words of personTitleTail that are no part of
// a name even at its end (سلمان بن حمد آل خليفة [نائب] ملك البحرين),
// unlike أمير، قائد، الأمين.
var neverNames = func() map[string]bool {
	m := normSet(`العريف الرقيب الجندي الملازم النقيب الرائد المقدم العقيد العميد اللواء`)
	maps.Copy(m, officeWords)
	return m
}()

// officeWords are the words of neverNames that open an office, not a
// rank (ranks are also family names: العميد، اللواء).
var officeWords = normSet(`ولي وزير رئيس نائب مستشار سفير مدير المتحدث الناطق رئيسة وزيرة`)

// beforeTrailingVerb returns the end of the person's name text[start:end]
// without a last word that is a participle's plural (see
// participlePlural) or a verb in the present the tagger ran into
// (a headline's «الأمير فيصل بن بندر يحث منسوبي …»): a verb of the event
// lexicon, beginning with ي or ت, that no name list knows (يحيى، تركي stay).
func (a *Analyzer) beforeTrailingVerb(text string, start, end int) int {
	i := strings.LastIndexByte(text[start:end], ' ')
	if i < 0 {
		return end
	}
	last := text[start+i+1 : end]
	n := lexicon.Normalize(last)
	if (strings.HasPrefix(n, "ي") || strings.HasPrefix(n, "ت")) && !a.nameWords[n] && !a.wordNames[n] && a.coder.ArabicVerb(last) {
		return start + i
	}
	if participlePlural(n) {
		return start + i // زار الأمير فيصل بن خالد [المصابين]: the verb's object
	}
	return end
}

// participlePlural reports whether the normalised word n is the plural of
// a participle with the article (المصابين، المواطنين، المسؤولون): people
// the clause is about, never a family name.
func participlePlural(n string) bool {
	return strings.HasPrefix(n, "الم") && (strings.HasSuffix(n, "ين") || strings.HasSuffix(n, "ون")) && utf8.RuneCountInString(n) >= 7
}

// lineageWords are the words that join the parts of an Arab name and
// never end it: «son of», «father of», «family of» are followed by the
// name they join.
var lineageWords = normSet(`بن ابن بنت أبو أبي آل`)

// lineageEnd returns the end of a person's name that ends at end, taken
// on to the next word when the tagger stopped after «بن» or «آل» (جلوي
// بن عبدالعزيز بن | مساعد): the word after it, on the same line with
// only a space between, is part of the name.
func lineageEnd(d *doc.Doc, end int) int {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End >= end })
	if i+1 >= len(d.Tokens) || d.Tokens[i].End != end || !lineageWords[lexicon.Normalize(d.Tokens[i].Text)] {
		return end
	}
	t, next := d.Tokens[i], d.Tokens[i+1]
	if !doc.IsArabicWord(next) || strings.TrimSpace(d.Text[t.End:next.Start]) != "" || strings.Contains(d.Text[t.End:next.Start], "\n") {
		return end
	}
	return next.End
}

// familyEnd returns the end of a person's name text[start:end] of two or
// three bare words (عبدالله مبارك) taken on to the family name right
// after it that the tagger left out (الأحمري): a nisba with the article,
// of five letters or more, that is no nation's adjective, no place and
// none of the adjectives that follow a person's name (الحالي، السابق)
// and no verb (التقى).
func (a *Analyzer) familyEnd(d *doc.Doc, start, end int) int {
	ws := strings.Fields(d.Text[start:end])
	if len(ws) < 2 || len(ws) > 3 || slices.ContainsFunc(ws, func(w string) bool { return strings.HasPrefix(lexicon.Normalize(w), "ال") }) {
		return end
	}
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End >= end })
	if i+1 >= len(d.Tokens) || d.Tokens[i].End != end {
		return end
	}
	t, next := d.Tokens[i], d.Tokens[i+1]
	if !doc.IsArabicWord(next) || d.Text[t.End:next.Start] != " " {
		return end
	}
	n := lexicon.Normalize(next.Text)
	if !strings.HasPrefix(n, "ال") || !strings.HasSuffix(n, "ي") || utf8.RuneCountInString(n) < 5 ||
		a.isDemonymKey(n) || a.placeName(n) || orgStops[n] || personAdjs[n] || a.otherName(n) || a.coder.ArabicVerb(next.Text) ||
		link.ArTitleHead(next.Text) {
		return end
	}
	return next.End
}

// personAdjs are the nisba adjectives and callings that follow a person's
// name and are no family name (خالد مشعل القيادي في حماس).
var personAdjs = normSet(`القيادي الصحفي الإعلامي الناشط المحامي الباحث الخبير المسؤول الكاتب الشاعر الفنان
	اللاعب الروائي الأكاديمي المحلل السياسي الاقتصادي العسكري الأمني الدبلوماسي الحقوقي الداعية
	الحالي السابق الثاني الأول الثالث الماضي الجاري الرسمي العربي الدولي الإسلامي الوطني
	الشعبي العالمي المحلي الإقليمي الشرعي الأصلي الحقيقي الشخصي الفعلي النهائي الرئيسي الأساسي
	الفلسطيني الإسرائيلي الكردي الشيعي السني الحوثي الليبي الشرقي الغربي الجنوبي الشمالي الذهبي`)

// wordIndex returns, for each token, the index of its first word.
func wordIndex(d *doc.Doc) []int {
	idx := make([]int, len(d.Tokens))
	for i := len(d.Words) - 1; i >= 0; i-- {
		idx[d.Words[i].Token] = i
	}
	return idx
}

// nameStart returns where a name that the tagger found from token ti on
// begins: after the clitic words و ف ب ك ل that the clitic splitter
// found at the head of the token (the article ال stays, it is part of
// names: الكرملين), unless a letter it took for one is the name's own
// (فيصل is no ف + يصل). After a title or «son of» nothing is cut
// (الدكتور بدران). The first reading that is a known name wins, the
// least cut first (فيصل, then بندر in وبندر), except that right after a
// name (afterName) a conjunction that leaves a known name is cut; else the
// most cut one that
// the document also writes as a word of its own (كوليسنيكوف elsewhere
// for وكوليسنيكوف); else the most cut one. seen holds the document's
// words, built on first use. wi is the token's first word.
func (a *Analyzer) nameStart(d *doc.Doc, wi, ti int, afterName, org bool, seen *map[string]int) int {
	var cuts [4]int
	n := 0
	cuts[n], n = d.Tokens[ti].Start, 1
	for ; wi < len(d.Words) && d.Words[wi].Token == ti && n < len(cuts); wi++ {
		w := d.Words[wi]
		if !w.Clitic || (w.Norm != "و" && w.Norm != "ف" && w.Norm != "ب" && w.Norm != "ك" && w.Norm != "ل") {
			break
		}
		cuts[n], n = w.End, n+1
	}
	if tok := d.Tokens[ti]; afterName && (n == 1 || lexicon.Normalize(d.Text[cuts[0]:cuts[1]]) == "و") && strings.HasPrefix(tok.Text, "و") {
		// الرياض وجدة: after a name, و joins the next to the list
		// (Jeddah), though the whole word may be a name too (وجدة, Oujda)
		if rest := lexicon.Normalize(tok.Text[len("و"):]); utf8.RuneCountInString(rest) >= 3 && len(a.lex.LookupKey(rest)) > 0 {
			return tok.Start + len("و")
		}
	}
	if n == 1 {
		return cuts[0]
	}
	if ti > 0 {
		prev := d.Tokens[ti-1]
		if pn := lexicon.Normalize(prev.Text); prev.Kind == doc.KindWord && !strings.Contains(d.Text[prev.End:cuts[0]], "\n") &&
			(nameOpeners[pn] || nameOpeners[strings.TrimPrefix(pn, "و")]) {
			return cuts[0]
		}
	}
	end := d.Tokens[ti].End
	word := func(c int) string { return lexicon.Normalize(d.Text[c:end]) }
	// kaf reports whether cut i takes off only the preposition ك (like),
	// seldom glued to a name, while many names begin with the letter
	// (كيري، كلينتون، كاميرون): such a cut is never made.
	kaf := func(i int) bool { return i > 0 && lexicon.Normalize(d.Text[cuts[i-1]:cuts[i]]) == "ك" }
	for i, c := range cuts[:n] {
		if kaf(i) {
			break
		}
		if w := word(c); a.nameWords[w] || len(a.lex.LookupKey(w)) > 0 {
			return c
		}
	}
	if *seen == nil {
		*seen = make(map[string]int, len(d.Tokens))
		for _, t := range d.Tokens {
			if t.Kind == doc.KindWord {
				(*seen)[lexicon.Normalize(t.Text)]++
			}
		}
	}
	for i := n - 1; i > 0; i-- {
		if (*seen)[word(cuts[i])] > 0 && !kaf(i) {
			return cuts[i]
		}
	}
	if p := lexicon.Normalize(d.Text[cuts[0]:cuts[1]]); n == 2 && !org && (p == "ب" || p == "ل") && (*seen)[word(cuts[0])] > 1 &&
		!strings.HasPrefix(word(cuts[1]), "ل") && !strings.HasPrefix(word(cuts[1]), "ال") {
		// ولاية لوغار … لوغار نفسها، منطقة بركي براك: an unknown person's
		// or place's name met more than once, always with the same ب or
		// ل, never without it, has that letter for its own (not و,
		// which joins; not before an article, لل and بال; not an
		// organisation's head, لجامعة الدول: the same preposition twice)
		return cuts[0]
	}
	if kaf(n - 1) {
		return cuts[n-2]
	}
	if lexicon.Normalize(d.Text[cuts[0]:cuts[1]]) == "ف" && !strings.HasPrefix(word(cuts[1]), "ال") {
		// فيحان، فواز: ف glued to a name is rare, names that begin with
		// it are many; unknown either way, the word stays whole (not
		// before the article: فالمشهد is ف + المشهد)
		return cuts[0]
	}
	return cuts[n-1]
}

// namesakes takes out of known the one-word mentions of known people (a
// surname: العبادي) that a first name other than the person's own
// stands right before (أمل العبادي): another person of that family, whose
// name, first name and surname, goes to tagged as an unknown person's.
func (a *Analyzer) namesakes(text string, tagged, known []link.Mention) ([]link.Mention, []link.Mention) {
	var out []link.Mention
	for _, k := range known {
		if k.Type != "PER" || strings.ContainsAny(k.Text, " ") {
			out = append(out, k)
			continue
		}
		first := a.firstNameBeforeAt(text, k.Start)
		if first < 0 || a.ownFirstName(text[first:k.Start], k.Text) {
			out = append(out, k)
			continue
		}
		m := link.Mention{Start: first, End: k.End, Text: text[first:k.End], Type: "PER"}
		tagged = slices.DeleteFunc(tagged, func(t link.Mention) bool { return t.Start < m.End && m.Start < t.End })
		tagged = append(tagged, m)
	}
	if len(out) == len(known) {
		return tagged, known
	}
	sort.Slice(tagged, func(i, j int) bool { return tagged[i].Start < tagged[j].Start })
	return tagged, out
}

// lineageNamesakes takes out of known the mentions of known people by a
// lineage (محمد بن عبد الرحمن) that the tagger's person mention runs on
// with a family name the person's aliases never have (محمد بن عبد الرحمن
// الفالح is not محمد بن عبد الرحمن آل ثاني): another man of the same
// first name and father, whom the tagger's mention names.
func (a *Analyzer) lineageNamesakes(tagged, known []link.Mention) []link.Mention {
	var out []link.Mention
	for _, k := range known {
		if k.Type == "PER" && a.otherFamily(k, tagged) {
			continue
		}
		out = append(out, k)
	}
	return out
}

// otherFamily reports whether a tagger's person mention starts with the
// known mention k, a lineage (بن within it), and goes on with
// one family name (an article word, or آل and a word) that no alias of
// the entities k may name holds.
func (a *Analyzer) otherFamily(k link.Mention, tagged []link.Mention) bool {
	ws := strings.Fields(lexicon.Normalize(k.Text))
	if len(ws) < 3 || !slices.ContainsFunc(ws[1:len(ws)-1], isBinWord) {
		return false
	}
	for _, t := range tagged {
		if t.Type != "PER" || t.Start != k.Start || t.End <= k.End {
			continue
		}
		rest := strings.Fields(lexicon.Normalize(t.Text[k.End-t.Start:]))
		if !(len(rest) == 1 && strings.HasPrefix(rest[0], "ال") && utf8.RuneCountInString(rest[0]) > 3 || len(rest) == 2 && rest[0] == "ال") ||
			a.notNames[rest[len(rest)-1]] || a.isDemonymKey(rest[len(rest)-1]) {
			return false
		}
		family := rest[len(rest)-1]
		if epithets[family] {
			return false // تميم بن حمد المفدى: an epithet, no family
		}
		bare := lexicon.StripArticle(family)
		for _, e := range a.lex.Lookup(k.Text) {
			for _, al := range e.Aliases {
				if ws := strings.Fields(lexicon.Normalize(al)); slices.Contains(ws, family) || slices.Contains(ws, bare) {
					return false // محمد بن راشد المكتوم: آل مكتوم
				}
			}
		}
		return true
	}
	return false
}

// epithets are the words of praise, normalised, that follow a ruler's
// name as a family name would (تميم بن حمد المفدى).
var epithets = normSet(`المفدى المعظم الموقر المبجل المغفور الراحل`)

// firstNameBeforeAt returns where the first name written right before byte
// at begins (one space between, same line), -1 when the word there is none
// of the first-name lists.
func (a *Analyzer) firstNameBeforeAt(text string, at int) int {
	end := at - 1
	if end <= 0 || text[end] != ' ' {
		return -1
	}
	start := end
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			break
		}
		start -= size
	}
	if start == end {
		return -1
	}
	n := lexicon.Normalize(text[start:end])
	if !a.nameWords[n] && !a.wordNames[n] || personTitleTail[n] || titleWords[n] {
		return -1
	}
	if a.wordNames[n] && !nameContextBefore(text, start) {
		return -1 // كما أمل بوتين «Putin hoped», وجاء نصر أردوغان «Erdogan's victory»
	}
	return start
}

// nameContextBefore reports whether what stands before byte at of text
// introduces a person's name, so that a first name that is also a word
// (أمل، نصر، رضا) is read as a name there: the start of a line, a mark,
// a verb of saying (وقالت أمل …) or a personal title (الدكتورة أمل …).
func nameContextBefore(text string, at int) bool {
	before := strings.TrimRight(text[:at], " ")
	if before == "" || strings.HasSuffix(before, "\n") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	if !unicode.IsLetter(r) && !unicode.IsMark(r) {
		return true
	}
	i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) })
	w := before[i+1:]
	if i >= 0 {
		_, size := utf8.DecodeRuneInString(before[i:])
		w = before[i+size:]
	}
	n := lexicon.Normalize(w)
	if nameIntroducers[n] {
		return true
	}
	for _, c := range lexicon.Clitics(w) {
		if nameIntroducers[c.Stem] || nameIntroducers["ال"+c.Stem] {
			return true // للدكتورة، وللأستاذة
		}
	}
	return false
}

// nameIntroducers are the verbs of saying and the personal titles after
// which a word of wordnames.txt is a first name (normalised).
var nameIntroducers = normSet(`قال قالت وقال وقالت أكد أكدت وأكد وأكدت أوضح أوضحت وأوضح وأوضحت أشار أشارت وأشار
	وأشارت أضاف أضافت وأضاف وأضافت ذكر ذكرت وذكر وذكرت بين بينت وبين وبينت
	الدكتور الدكتورة د الأستاذ الأستاذة السيد السيدة الشيخ الشيخة المهندس المهندسة الطالب الطالبة
	المواطن المواطنة الزميل الزميلة الكاتب الكاتبة الفنان الفنانة اللاعب اللاعبة المدرب الإعلامي الإعلامية
	البروفيسور البروفيسورة البروفسور البروفسورة الباحث الباحثة الطبيب الطبيبة الأخصائي الأخصائية الممرضة
	المعلم المعلمة المحامي المحامية الصحفي الصحفية الكابتن الأميرة الملكة`)

// ownFirstName reports whether first and surname together are an alias of
// a known person (حيدر العبادي): then the surname is that person's.
func (a *Analyzer) ownFirstName(first, surname string) bool {
	key := lexicon.Normalize(strings.TrimSpace(first) + " " + surname)
	for _, c := range lexicon.Clitics(surname) {
		for _, e := range a.lex.LookupKey(c.Stem) {
			for _, al := range e.Aliases {
				if strings.HasSuffix(lexicon.Normalize(al), key) || strings.HasPrefix(lexicon.Normalize(al), key) {
					return true
				}
			}
		}
	}
	return false
}

// knownWord reports whether the word w, with or without its proclitics,
// is a one-word name of the lexicon (الرياض، وبوتين).
func (a *Analyzer) knownWord(w string) bool {
	for _, c := range lexicon.Clitics(w) {
		if utf8.RuneCountInString(c.Stem) >= 3 && !a.lex.Ambiguous(c.Stem) && len(a.lex.LookupKey(c.Stem)) > 0 {
			return true // not a word that is also a name (مالي «financial»)
		}
	}
	return false
}

// mergeMentions combines the tagger's mentions with the lexicon's:
//   - a lexicon mention that covers a tagger mention (a longer known name)
//     replaces it;
//   - a tagger PER mention that holds lexicon mentions inside it («بوتين
//     أمام علييف», «بوتين قائلاً») is replaced by them: the tagger ran two
//     names together or took a following word into the name;
//   - otherwise, on any overlap, the tagger's mention stays;
//   - lexicon mentions that overlap nothing are added.
func mergeMentions(tagged, known []link.Mention) []link.Mention {
	contains := func(a, b link.Mention) bool { return a.Start <= b.Start && b.End <= a.End }
	overlaps := func(a, b link.Mention) bool { return a.Start < b.End && b.Start < a.End }
	dropTagged := make([]bool, len(tagged))
	for i, t := range tagged {
		if t.Type != "PER" {
			dropTagged[i] = joinedKnown(t, known)
			continue
		}
		for _, k := range known {
			if contains(t, k) && (k.Start != t.Start || k.End != t.End) {
				dropTagged[i] = true
				break
			}
		}
	}
	out := make([]link.Mention, 0, len(tagged)+len(known))
	for _, k := range known {
		keep := true
		for i, t := range tagged {
			if !overlaps(t, k) || dropTagged[i] {
				continue
			}
			if contains(k, t) {
				dropTagged[i] = true
				continue
			}
			keep = false
		}
		if keep {
			out = append(out, k)
		}
	}
	for i, t := range tagged {
		if !dropTagged[i] {
			out = append(out, t)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// joinedKnown reports whether the tagger's mention t is two or more known
// mentions joined by و and nothing else (الرياض وجدة): the known ones
// stand instead.
func joinedKnown(t link.Mention, known []link.Mention) bool {
	n, at := 0, t.Start
	for _, k := range known {
		if k.Start < t.Start || k.End > t.End || k.Start < at {
			continue
		}
		if gap := strings.TrimSpace(t.Text[at-t.Start : k.Start-t.Start]); n > 0 && gap != "و" || n == 0 && gap != "" {
			return false
		}
		n, at = n+1, k.End
	}
	return n >= 2 && at == t.End
}

// personAfterName reports whether the words ws, which a tagger's mention
// runs on with after a known name, read as a person's name: two to four
// words, the first a first name of nameWords, or, in Arabic, none with
// the article (لل included), none a word of notnames.txt and no feminine
// nisba last (an organisation's indefinite words: منظمة … إقليمية).
// English words have no article to tell them by (Montenegro Municipality
// Association): there the first name decides alone.
func (a *Analyzer) personAfterName(ws []string) bool {
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	if a.nameWords[lexicon.Normalize(ws[0])] {
		return true
	}
	if !doc.IsArabicWord(doc.Token{Kind: doc.KindWord, Text: ws[0]}) {
		return false
	}
	for _, w := range ws {
		n := lexicon.Normalize(w)
		if strings.HasPrefix(n, "ال") || strings.HasPrefix(n, "لل") || strings.HasPrefix(n, "وال") || a.notNames[n] {
			return false
		}
	}
	return !strings.HasSuffix(lexicon.Normalize(ws[len(ws)-1]), "يه")
}

// splitKnownHead splits a tagger's mention of an organisation or a place
// that opens with a name the lexicon knows and goes on with a person's
// name («الاتحاد الوطني الكردستاني رشاد كلالي»: the tagger ran the party
// and its official together) into the known name and a person: the rest
// reads as a person's name (personAfterName) — or into two known names,
// when the rest is one too.
func (a *Analyzer) splitKnownHead(text string, tagged, known []link.Mention) []link.Mention {
	var out []link.Mention
	for i, t := range tagged {
		for _, k := range known {
			if t.Type == "PER" || k.Start != t.Start || k.End >= t.End {
				continue
			}
			rest := text[k.End:t.End]
			trimmed := strings.TrimLeft(rest, " ")
			if len(trimmed) == len(rest) {
				continue
			}
			s := k.End + len(rest) - len(trimmed)
			// the rest is a name the lexicon knows too (اتهمت
			// «السعودية إيران» …: two countries side by side), or reads
			// as a person's
			headType, restType := t.Type, "PER"
			if j := slices.IndexFunc(known, func(k2 link.Mention) bool { return k2.Start == s && k2.End == t.End }); j >= 0 {
				headType, restType = k.Type, known[j].Type
			} else if !a.personAfterName(strings.Fields(trimmed)) {
				continue
			}
			if out == nil {
				out = slices.Clone(tagged[:i])
			}
			out = append(out, link.Mention{Start: t.Start, End: k.End, Text: text[t.Start:k.End], Type: headType},
				link.Mention{Start: s, End: t.End, Text: text[s:t.End], Type: restType})
			t.End = -1
			break
		}
		if t.End >= 0 && t.Type != "PER" {
			// a body run into a name the lexicon knows after it (طالب
			// «مجلس الأمن الحوثيين» بالانسحاب): the known name ends the
			// span, and what comes before is an institution's head phrase
			for _, k := range known {
				if k.End != t.End || k.Start <= t.Start {
					continue
				}
				head := strings.TrimRight(text[t.Start:k.Start], " ")
				ws := strings.Fields(head)
				if len(ws) < 2 || len(head) == k.Start-t.Start || !orgHeads[lexicon.StripArticle(lexicon.Normalize(ws[0]))] {
					continue
				}
				if _, ok := a.lex.Demonym(k.Text); ok {
					continue // القوات المسلحة السعودية: the country's adjective
				}
				if !strings.HasPrefix(lexicon.Normalize(ws[len(ws)-1]), "ال") {
					continue // شرطة محافظة جدة: a noun in construct has the name for genitive
				}
				if out == nil {
					out = slices.Clone(tagged[:i])
				}
				out = append(out, link.Mention{Start: t.Start, End: t.Start + len(head), Text: head, Type: t.Type}, k)
				t.End = -1
				break
			}
		}
		if out != nil && t.End >= 0 {
			out = append(out, t)
		}
	}
	if out == nil {
		return tagged
	}
	return out
}

// groupNisbas are the adjectives, normalised, that name an armed group
// the lexicon knows as the doer (الاعتداء الحوثي، الهجوم الداعشي). They
// are the event coder's only: as a mention they would take a person's
// surname (عبد الملك الحوثي) or a title's country.
var groupNisbas = map[string]string{
	"الحوثي": "org:houthis", "الحوثيه": "org:houthis", "حوثيون": "org:houthis", "حوثيين": "org:houthis",
	"الداعشي": "org:isis", "الداعشيه": "org:isis",
}

//go:embed notnames.txt
var notNamesData string

//go:embed wordnames.txt
var wordNamesData string

//go:embed firstnames.txt
var firstNamesData string

//go:embed namestarts.txt
var nameStartsData string

// naturalFeatures are the head words of the names of places that have no
// government — seas, mountains, deserts, valleys, and built places such as
// airports, ports, bridges and squares — normalised, without the article.
var naturalFeatures = normSet(`جبل جبال نهر انهار بحر بحار بحيرة خليج صحراء وادي جزيرة جزر شبه سهل سهول
	هضبة قناة مضيق محيط سلسلة غابة غابات مرتفعات ساحل شاطئ شلالات سد مطار ميناء جسر شارع ميدان ساحة معبر
	قاعدة مخيم حقل حقول منجم كهف رأس`)

// naturalPlace reports whether the place name s begins with the head word
// of a place that has no government (جبل، بحر، مطار …).
func naturalPlace(s string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return naturalFeatures[lexicon.StripArticle(lexicon.Normalize(first))]
}

// startsWithFirstName reports whether the name s has two words or more
// and the first is a non-Arab first name (firstnames.txt): the tagger,
// trained on Arabic names, types «أندريه كوليسنيكوف» as a place.
func (a *Analyzer) startsWithFirstName(s string) bool {
	first, rest, ok := strings.Cut(s, " ")
	return ok && strings.TrimSpace(rest) != "" && a.firstNames[lexicon.Normalize(first)]
}

func stripComments(s string) string {
	var b strings.Builder
	for line := range strings.SplitSeq(s, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "#") {
			b.WriteString(line)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// commonHeads are words that open a name (حسن, Hassan; حركة, a movement
// such as حركة حماس; غرفة, a chamber) but, before one of their nouns, a
// common phrase: حسن الجوار «good neighbourliness», حركة المسافرين
// «passenger traffic», غرفة نوم «a bedroom».
// Keys and nouns normalised.
var commonHeads = map[string]map[string]bool{
	lexicon.Normalize("حسن"):  normSet(`الجوار النية الظن التعامل الخلق الضيافة الاستقبال التنظيم الإدارة الأداء السير التصرف الحظ التدبير الخاتمة`),
	lexicon.Normalize("غرفة"): normSet(`نوم النوم الطعام المعيشة الانتظار الملابس الجلوس الضيوف الفندق فندقية مظلمة`),
	lexicon.Normalize("حركة"): normSet(`الهجرة المسافرين الركاب السير المرور الملاحة التجارة الطيران التداول الأسهم البيع الشراء السوق الأسواق
		النزوح اللاجئين الحجاج الزوار المعتمرين العمالة السفن القطارات الحافلات الشاحنات الأموال التنقل البناء العمران الاستيراد التصدير الشحن`),
}

// interestHead is مصلحة normalised: a government agency (مصلحة الجمارك،
// مصلحة الزكاة والدخل) unless a preposition governs it (في مصلحة X،
// لمصلحة X: see interestAfterPrep) or a place or a people follows it
// (interestOf: مصلحة البلدين، مصلحة إسرائيل), «the interest of».
var (
	interestHead = lexicon.Normalize("مصلحة")
	interestOf   = normSet(`البلدين الشعبين الشعب الشعوب الوطن المواطن المواطنين البلاد الأمة الإسلام المسلمين الجميع
		الطرفين المنطقة الدول الدولة العرب الأمتين`)
	// agencyNouns are what the agencies named مصلحة are of, which keep
	// the name after a preposition too (يدفع لمصلحة الزكاة والدخل)
	agencyNouns = normSet(`الزكاة الجمارك الضرائب السجون الأحوال الإحصاءات الأرصاد الموانئ الجوازات الخبراء الدمغة
		السكك الطب الشهر الري الآثار المساحة التقاعد`)
)

// partHeads are nouns, normalised, of a body's management or premises;
// genericBodies the definite common nouns of bodies. A part of a body
// named only by its common noun (إدارة المستشفى، مجمع الوزارة، إدارة
// النادي) is no name.
var (
	partHeads     = normSet(`إدارة مجمع مقر مبنى قسم أقسام إدارات`)
	genericBodies = normSet(`المستشفى المستشفيات النادي الأندية الوزارة الوزارات الشركة الشركات الجامعة الجامعات المدرسة المدارس
		الهيئة المركز الجمعية الفريق البلدية الأمانة المؤسسة المصنع البنك المطار الكلية المعهد الجهاز الصندوق المجلس المحكمة`)
)

// indefiniteBody reports whether s is a body's noun and words without the
// article that end in a nation's adjective (جامعة سعودية، منظمة حقوقية
// مصرية): a body of that nation the text does not name.
func (a *Analyzer) indefiniteBody(s string) bool {
	ws := strings.Fields(lexicon.Normalize(s))
	if len(ws) < 2 || len(ws) > 4 || !maybeOrgHead(strings.TrimPrefix(ws[0], "و")) {
		return false
	}
	for _, w := range ws {
		if strings.HasPrefix(w, "ال") {
			return false // منظمة الصحة العالمية: a name
		}
	}
	last := ws[len(ws)-1]
	return a.isDemonymKey("ال"+last) || a.isDemonymKey(last)
}

// interestPhrase reports whether the phrase s opens with مصلحة as «the
// interest of», no agency: never before an agency's noun (مصلحة الجمارك);
// always when a preposition governs it (governed: في مصلحة X، لمصلحة X);
// else before a people or a place (مصلحة البلدين، مصلحة إسرائيل).
func (a *Analyzer) interestPhrase(s string, governed bool) bool {
	first, rest, _ := strings.Cut(lexicon.Normalize(s), " ")
	second, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	if first != interestHead || agencyNouns[second] {
		return false
	}
	return governed || interestOf[second] || a.placeName(second)
}

// prepBefore reports whether a preposition word stands right before token
// ft, apart from the span that starts at start (في مصلحة X، ضد مصلحة X).
func prepBefore(d *doc.Doc, ft, start int) bool {
	switch lexicon.Normalize(d.Tokens[ft-1].Text) {
	case "في", "من", "ضد", "مع", "عن", "على", "وفي":
		return d.Tokens[ft-1].End <= start
	}
	return false
}

// notAName reports whether a tagged span cannot be a name: a single word
// of two letters or fewer, or one of the words in notnames.txt (with or
// without a proclitic); words of titleOnlyWords only (سمو ولي: an
// honorific and half a title), or of notnames.txt only when the first is
// no first name (المنظمة الدولية; not حسن رمضان); or a head of
// commonHeads and one of its nouns
// (حسن الجوار، حركة المسافرين).
func (a *Analyzer) notAName(s string) bool {
	n := lexicon.Normalize(s)
	if first, rest, ok := strings.Cut(n, " "); ok {
		second, _, _ := strings.Cut(rest, " ")
		if commonHeads[strings.TrimPrefix(first, "و")][second] {
			return true
		}
		if f := strings.TrimPrefix(first, "و"); strings.HasSuffix(f, interestHead) &&
			((f == "ل"+interestHead || f == "ب"+interestHead) && a.interestPhrase(interestHead+" "+second, true) || a.interestPhrase(f+" "+second, false)) {
			// لمصلحة العمل الخليجي، مصلحة البلدين، مصلحة إسرائيل:
			// «the interest of», no body (مصلحة الجمارك is one)
			return true
		}
		if partHeads[strings.TrimPrefix(first, "و")] && genericBodies[second] && !strings.Contains(rest, " ") {
			return true // إدارة المستشفى، إدارة النادي: a part of a body the text does not name
		}
		f := strings.TrimPrefix(first, "و")
		titles, common := true, !a.nameWords[f] && !nameLikeNotNames[f]
		for w := range strings.FieldsSeq(n) {
			titles = titles && (titleOnlyWords[w] || titleOnlyWords[strings.TrimPrefix(w, "و")])
			common = common && a.notWord(w)
		}
		return titles || common
	}
	return utf8.RuneCountInString(n) <= 2 || a.notWord(n)
}

// ambiguousWithArticle reports whether the normalised word n is, with the
// article, a one-word name of the lexicon that is also a common word
// (ambiguous.tsv) and that the lexicon never writes with the article:
// الجنين is the foetus, not Jenin; المالي is «financial», not Mali.
func (a *Analyzer) ambiguousWithArticle(n string) bool {
	// up to two proclitic letters (وال، بال، وبال), then the article; no
	// allocation: the analysis of every tagged span comes here
	for k := 0; k <= 2; k++ {
		if rest, ok := strings.CutPrefix(n, "ال"); ok {
			return rest != "" && a.lex.Ambiguous(rest) && len(a.lex.LookupKey(n)) == 0
		}
		r, size := utf8.DecodeRuneInString(n)
		if !strings.ContainsRune("وفبلك", r) {
			return false
		}
		n = n[size:]
	}
	return false
}

// nameLikeNotNames are the words of notnames.txt, normalised, that are
// also first names (حسن رمضان، سيد رجب، شعبان حسن): a span they open may
// be a person.
var nameLikeNotNames = normSet(`حسن أمير سيد رجب شعبان رمضان ربيع ملك صفر`)

// titleOnlyWords are the honorifics, title words and words of a board,
// normalised, that together name no one (سمو ولي العهد، مجلس الإدارة): a
// span of these alone is no name. Not every word of notnames.txt: some
// are first names too (حسن رمضان، سيد رجب).
var titleOnlyWords = normSet(`سمو معالي فخامة سعادة سماحة جلالة سيادة فضيلة ولي العهد مجلس المجلس إدارة الإدارة أمناء
	رئيس الرئيس نائب النائب وزير الوزير الملك الأمير`)

// notWord reports whether the normalised word w is in notnames.txt, with
// or without a proclitic.
func (a *Analyzer) notWord(w string) bool {
	if a.notNames[w] {
		return true
	}
	for _, c := range lexicon.Clitics(w) {
		if a.notNames[c.Stem] {
			return true
		}
	}
	return false
}
