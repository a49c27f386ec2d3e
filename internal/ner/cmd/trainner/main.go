// Command trainner trains the ner package's model on a CoNLL file, prints
// k-fold cross-validation, held-out and domain-shift (AQMAR) scores, and
// writes the final model trained on all the data.
//
//	go run ./cmd/trainner -data train.txt -aqmar aqmar/articles -doc -pairs -lexgaz -out model/anercorp.gob.gz
//
// -lexgaz trains with the entity lexicon's names as a gazetteer, built by
// analyze.TaggerGazetteer as the analyzer builds it when it tags.
//
// Extra annotated data (-extra) is added to the training part of every
// split, never to a test part: to each cross-validation fold's training
// sentences, to the held-out split's first part and to the final model's
// data. Its files may have nested tag columns (Wojood); see readExtra for
// how their types are mapped. -aqmarsplit trains on every other AQMAR
// article (the 1st, 3rd, … in name order) and scores the domain shift on
// the others; AQMAR files given to -extra are never scored.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/marsad/marsad/internal/analyze"
	"github.com/marsad/marsad/internal/ner"
)

var evalTypes = []string{"PERS", "LOC", "ORG"}

func main() {
	var (
		data     = flag.String("data", "", "CoNLL training file (token TAG), required")
		out      = flag.String("out", "", "where to write the gzipped model (empty: do not write)")
		aqmar    = flag.String("aqmar", "", "directory of AQMAR *.txt files for a domain-shift score (optional)")
		folds    = flag.Int("folds", 5, "cross-validation folds (0: skip)")
		heldout  = flag.Float64("heldout", 0.1, "fraction of sentences at the end held out for a train/test figure (0: skip)")
		epochs   = flag.Int("epochs", 12, "training epochs")
		seed     = flag.Uint64("seed", 1, "shuffle seed")
		minCount = flag.Int("mincount", 1, "drop features seen fewer times")
		oBias    = flag.Float64("obias", 0, "O-tag bias of the saved model (see Model.WithOBias)")
		dropout  = flag.Float64("dropout", 0, "word dropout probability while training")
		doc      = flag.Bool("doc", false, "train a second, document-level pass (see ner.TrainOptions.Document)")
		window   = flag.Int("window", 20, "sentences on either side seen by the document pass")
		cross    = flag.Int("crossfolds", 5, "cross-fitting parts for the document pass")
		learn    = flag.Int("learnfolds", 10, "parts for the learned name list (see ner.TrainOptions.LearnedFolds; negative: none)")
		dump     = flag.String("dump", "", "write the cross-validation predictions (token, gold, predicted) to this file")
		lexGaz   = flag.Bool("lexgaz", false, "train with the entity lexicon's names as a gazetteer (analyze.TaggerGazetteer), as the analyzer tags")
		models   = flag.Int("models", 1, "perceptrons with different shuffles averaged into each model")
		pairs    = flag.Bool("pairs", false, "pair features weighted per previous and current tag (see ner.TrainOptions.Pairs)")
		final    = flag.Bool("final", true, "train the final model on all the data (false: only cross-validate)")
		jobs     = flag.Int("j", 2, "trainings to run at once")
		verbose  = flag.Bool("v", false, "log every epoch")
		extra    = flag.String("extra", "", "comma-separated CoNLL files, directories (their *.txt data files) or globs added to the training part of every split (optional)")
		repeat   = flag.Int("extrarepeat", 1, "how many times the -extra sentences are added (their weight)")
		useCRF   = flag.Bool("crf", false, "train a linear-chain CRF (SGD, L2 prior) instead of the perceptron (see ner.TrainOptions.CRF)")
		sigma    = flag.Float64("sigma", 3, "CRF: standard deviation of the L2 prior")
		rate     = flag.Float64("rate", 0.1, "CRF: initial learning rate")
		prune    = flag.Float64("prune", 0, "drop feature rows whose weights are all at most this in magnitude")
		biasList = flag.String("biases", "0,2,4,6,8,12,16", "comma-separated O biases scored in cross-validation besides -obias")
		onlyFold = flag.Int("fold", 0, "cross-validate on this fold only (1-based; 0: all)")
		foldDir  = flag.String("foldmodels", "", "directory caching each cross-validation fold's model (foldK.gob.gz): loaded when present, else trained and saved, so that decoding can be compared without retraining")
		docStats = flag.Bool("docstats", false, "features of the other occurrences of each word in the document window that need no tagger (see ner.TrainOptions.DocStats)")
		nearMiss = flag.Bool("near", false, "the document pass counts the first pass's near misses (see ner.TrainOptions.NearMisses)")
		refine   = flag.Int("refine", 0, "extra runs of the document pass when tagging (see ner.Model.WithRefine), in cross-validation, held out and in the saved model")
		clusters = flag.Bool("clusters", false, "word clusters learned from unlabelled news as features (see ner.TrainOptions.Clusters)")
		aqSplit  = flag.Bool("aqmarsplit", false, "add the odd-numbered AQMAR articles (1st, 3rd, … by name) to the training data and score AQMAR on the even-numbered ones")
	)
	flag.Parse()
	if *data == "" {
		fmt.Fprintln(os.Stderr, "trainner: -data is required (ANERcorp train.txt in CoNLL format)")
		flag.Usage()
		os.Exit(2)
	}
	sents, err := ner.ReadCoNLLFile(*data, nil)
	if err != nil {
		log.Fatalf("trainner: %v", err)
	}
	var extraSents []ner.Sentence
	trained := make(map[string]bool) // AQMAR files that must not be scored
	if *extra != "" {
		files, err := expandPaths(*extra)
		if err != nil {
			log.Fatalf("trainner: -extra: %v", err)
		}
		for _, f := range files {
			s, err := readExtra(f)
			if err != nil {
				log.Fatalf("trainner: -extra: %v", err)
			}
			fmt.Printf("extra: %s: %d sentences, %d tokens\n", f, len(s), countTokens(s))
			extraSents = append(extraSents, s...)
			trained[absPath(f)] = true
		}
	}
	if *aqSplit {
		if *aqmar == "" {
			log.Fatal("trainner: -aqmarsplit needs -aqmar DIR")
		}
		files, err := aqmarFiles(*aqmar)
		if err != nil {
			log.Fatalf("trainner: %v", err)
		}
		for i := 0; i < len(files); i += 2 {
			s, err := readExtra(files[i])
			if err != nil {
				log.Fatalf("trainner: %v", err)
			}
			extraSents = append(extraSents, s...)
			trained[absPath(files[i])] = true
		}
		fmt.Printf("extra: %d AQMAR articles (odd-numbered), %d in total\n", (len(files)+1)/2, len(files))
	}
	if *repeat < 1 {
		log.Fatal("trainner: -extrarepeat must be at least 1")
	}
	var extraTrain []ner.Sentence
	for range *repeat {
		extraTrain = append(extraTrain, extraSents...)
	}
	if len(extraSents) > 0 {
		fmt.Printf("extra: %d sentences, %d tokens, added %d time(s) to every training part\n", len(extraSents), countTokens(extraSents), *repeat)
	}
	opts := ner.TrainOptions{Epochs: *epochs, Seed: *seed, MinCount: *minCount, WordDropout: *dropout,
		Document: *doc, Window: *window, CrossFolds: *cross, LearnedFolds: *learn, Models: *models, Pairs: *pairs,
		CRF: *useCRF, Sigma: *sigma, Rate: *rate, Prune: *prune, DocStats: *docStats, NearMisses: *nearMiss, Clusters: *clusters}
	if *verbose {
		opts.Log = os.Stderr
	}
	if *lexGaz {
		g := analyze.TaggerGazetteer()
		opts.Gazetteer = g
		fmt.Printf("lexicon gazetteer: %d keys\n", g.Len())
	}
	learner := "perceptron"
	if *useCRF {
		learner = fmt.Sprintf("CRF (sigma %g, rate %g)", *sigma, *rate)
	}
	fmt.Printf("learner: %s, prune %g\n", learner, *prune)
	fmt.Printf("data: %d sentences, %d tokens; epochs %d, seed %d, mincount %d, dropout %g, document pass %v (window %d, %d cross-fitting parts)\n",
		len(sents), countTokens(sents), *epochs, *seed, *minCount, *dropout, *doc, *window, *cross)

	// Cross-validation over contiguous folds (documents stay together).
	if *folds > 1 {
		start := time.Now()
		preds := make([][][]string, *folds)
		predsB := make(map[float32][][][]string)
		biases := []float32{float32(*oBias)}
		for _, f := range strings.Split(*biasList, ",") {
			b, err := strconv.ParseFloat(strings.TrimSpace(f), 32)
			if err != nil {
				log.Fatalf("trainner: -biases: %v", err)
			}
			biases = append(biases, float32(b))
		}
		for _, b := range biases {
			predsB[b] = make([][][]string, *folds)
		}
		golds := make([][]ner.Sentence, *folds)
		sem := make(chan struct{}, max(1, *jobs))
		var wg sync.WaitGroup
		for k := 0; k < *folds; k++ {
			if *onlyFold > 0 && k != *onlyFold-1 {
				continue
			}
			lo, hi := k*len(sents) / *folds, (k+1)*len(sents) / *folds
			train := append(append(append([]ner.Sentence{}, sents[:lo]...), sents[hi:]...), extraTrain...)
			test := sents[lo:hi]
			wg.Add(1)
			go func() {
				defer wg.Done()
				sem <- struct{}{}
				defer func() { <-sem }()
				m := foldModel(*foldDir, k, train, opts).WithRefine(*refine)
				for _, b := range biases {
					predsB[b][k] = tagAll(m.WithOBias(b), test)
				}
				preds[k], golds[k] = predsB[float32(*oBias)][k], test
			}()
		}
		wg.Wait()
		var allGold []ner.Sentence
		var allPred [][]string
		for k := range preds {
			if golds[k] == nil {
				continue
			}
			sc := ner.Evaluate(golds[k], preds[k], evalTypes)
			fmt.Printf("fold %d: F1 %.4f\n", k+1, sc.Overall.F1)
			allGold = append(allGold, golds[k]...)
			allPred = append(allPred, preds[k]...)
		}
		report(fmt.Sprintf("%d-fold CV (contiguous folds, pooled, O bias %g)", *folds, float32(*oBias)), ner.Evaluate(allGold, allPred, evalTypes))
		if *dump != "" {
			var b strings.Builder
			for i, s := range allGold {
				for j, tok := range s.Tokens {
					fmt.Fprintf(&b, "%s\t%s\t%s\n", tok, s.Tags[j], allPred[i][j])
				}
				b.WriteString("\n")
			}
			if err := os.WriteFile(*dump, []byte(b.String()), 0o644); err != nil {
				log.Fatalf("trainner: %v", err)
			}
		}
		for _, b := range biases[1:] {
			var p [][]string
			for k := range predsB[b] {
				if golds[k] == nil {
					continue
				}
				p = append(p, predsB[b][k]...)
			}
			fmt.Printf("  O bias %g: F1 %.4f\n", b, ner.Evaluate(allGold, p, evalTypes).Overall.F1)
		}
		fmt.Printf("  (%v)\n", time.Since(start).Round(time.Second))
	}
	if *heldout > 0 && *heldout < 1 {
		cut := len(sents) - int(float64(len(sents))**heldout)
		m := ner.Train(append(append([]ner.Sentence{}, sents[:cut]...), extraTrain...), opts).WithOBias(float32(float32(*oBias))).WithRefine(*refine)
		report(fmt.Sprintf("held-out last %.0f%% (%d sentences)", *heldout*100, len(sents)-cut), ner.Evaluate(sents[cut:], tagAll(m, sents[cut:]), evalTypes))
	}

	if !*final {
		return
	}
	start := time.Now()
	m := ner.Train(append(append([]ner.Sentence{}, sents...), extraTrain...), opts).WithOBias(float32(float32(*oBias))).WithRefine(*refine)
	fmt.Printf("final model: %d feature rows, trained in %v\n", m.NumFeatures(), time.Since(start).Round(time.Millisecond))
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		log.Fatalf("trainner: %v", err)
	}
	// Score the saved (quantised) model, as it will be used.
	saved, err := ner.Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		log.Fatalf("trainner: reloading model: %v", err)
	}
	if opts.Gazetteer != nil {
		saved = saved.WithGazetteer(opts.Gazetteer) // as the analyzer tags
	}
	fmt.Printf("saved model: %d bytes gzipped\n", buf.Len())
	if *aqmar != "" {
		files, err := aqmarFiles(*aqmar)
		if err != nil {
			log.Fatalf("trainner: %v", err)
		}
		aq, err := readAQMAR(files)
		if err != nil {
			log.Fatalf("trainner: %v", err)
		}
		// Score the articles not trained on, and separately the
		// even-numbered half that -aqmarsplit keeps for scoring, so that
		// runs with and without it can be compared.
		var gold, goldHalf []ner.Sentence
		var pred, predHalf [][]string
		n, nHalf := 0, 0
		for i, d := range aq {
			if trained[absPath(files[i])] {
				continue
			}
			p := tagAll(saved, d)
			gold, pred = append(gold, d...), append(pred, p...)
			n++
			if i%2 == 1 {
				goldHalf, predHalf = append(goldHalf, d...), append(predHalf, p...)
				nHalf++
			}
		}
		if n < len(aq) {
			fmt.Printf("AQMAR: %d of %d articles are training data and not scored\n", len(aq)-n, len(aq))
		}
		if n > 0 {
			report(fmt.Sprintf("AQMAR (%d articles, %d sentences, final model)", n, len(gold)), ner.Evaluate(gold, pred, evalTypes))
		}
		if nHalf > 0 && nHalf < n {
			report(fmt.Sprintf("AQMAR even-numbered half (%d articles, %d sentences, final model)", nHalf, len(goldHalf)), ner.Evaluate(goldHalf, predHalf, evalTypes))
		}
	}
	if *out != "" {
		if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
			log.Fatalf("trainner: %v", err)
		}
		fmt.Printf("wrote %s\n", *out)
	}
}

func countTokens(s []ner.Sentence) int {
	n := 0
	for _, x := range s {
		n += len(x.Tokens)
	}
	return n
}

// tagAll tags sentences in order as one document (a model with a document
// pass sees its window of sentences around each one).
func tagAll(m *ner.Model, sents []ner.Sentence) [][]string {
	toks := make([][]string, len(sents))
	for i, s := range sents {
		toks[i] = s.Tokens
	}
	return m.TagDocument(toks)
}

func report(name string, sc ner.Scores) {
	fmt.Printf("%s: P %.4f R %.4f F1 %.4f", name, sc.Overall.Precision, sc.Overall.Recall, sc.Overall.F1)
	types := make([]string, 0, len(sc.PerType))
	for t := range sc.PerType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		fmt.Printf(" | %s %.4f", t, sc.PerType[t].F1)
	}
	fmt.Println()
}

// aqmarTags maps AQMAR's types to ANERcorp's; its MIS0-3 subtypes are MISC.
var aqmarTags = map[string]string{"PER": "PERS", "MIS": "MISC", "MIS0": "MISC", "MIS1": "MISC", "MIS2": "MISC", "MIS3": "MISC"}

// aqmarFiles lists the AQMAR articles of dir in name order.
func aqmarFiles(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no AQMAR *.txt files in %s", dir)
	}
	sort.Strings(files)
	return files, nil
}

// readAQMAR reads every AQMAR article as one document.
func readAQMAR(files []string) ([][]ner.Sentence, error) {
	var all [][]ner.Sentence
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		s, err := ner.ReadCoNLL(io.Reader(strings.NewReader(string(b))), aqmarTags)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		all = append(all, s)
	}
	return all, nil
}

// extraTypes maps the entity types of the extra corpora to ANERcorp's:
// Wojood's PERS, ORG, GPE and LOC (its other 17 types become O) and
// AQMAR's PER, LOC, ORG and MIS (with its subtypes).
var extraTypes = map[string]string{
	"PERS": "PERS", "PER": "PERS",
	"LOC": "LOC", "GPE": "LOC",
	"ORG":  "ORG",
	"MISC": "MISC", "MIS": "MISC", "MIS0": "MISC", "MIS1": "MISC", "MIS2": "MISC", "MIS3": "MISC", "MIS-1": "MISC", "MIS-2": "MISC",
}

// readExtra reads a file of extra training data with ner.ReadNestedCoNLL
// and extraTypes, dropping Wojood's segment marker token "$#$".
func readExtra(path string) ([]ner.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := ner.ReadNestedCoNLL(f, extraTypes)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := sents[:0]
	for _, s := range sents {
		var c ner.Sentence
		for i, t := range s.Tokens {
			if t != "$#$" {
				c.Tokens = append(c.Tokens, t)
				c.Tags = append(c.Tags, s.Tags[i])
			}
		}
		if len(c.Tokens) > 0 {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s holds no sentences", path)
	}
	return out, nil
}

// expandPaths turns a comma-separated list of files, directories and glob
// patterns into files. A directory stands for its *.txt files in name
// order, leaving out LICENSE*, SOURCE* and README* notes.
func expandPaths(list string) ([]string, error) {
	var out []string
	for _, p := range strings.Split(list, ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		matches, err := filepath.Glob(p)
		if err != nil {
			return nil, fmt.Errorf("%q: %w", p, err)
		}
		if len(matches) == 0 {
			return nil, fmt.Errorf("%s: no such file or directory", p)
		}
		for _, m := range matches {
			fi, err := os.Stat(m)
			if err != nil {
				return nil, err
			}
			if !fi.IsDir() {
				out = append(out, m)
				continue
			}
			files, _ := filepath.Glob(filepath.Join(m, "*.txt"))
			sort.Strings(files)
			n := 0
			for _, f := range files {
				base := strings.ToUpper(filepath.Base(f))
				if strings.HasPrefix(base, "LICENSE") || strings.HasPrefix(base, "SOURCE") || strings.HasPrefix(base, "README") {
					continue
				}
				out = append(out, f)
				n++
			}
			if n == 0 {
				return nil, fmt.Errorf("%s: no *.txt data files", m)
			}
		}
	}
	return out, nil
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// foldModel returns the model of cross-validation fold k (0-based): read
// from dir when it holds one, else trained on train and, when dir is set,
// saved there.
func foldModel(dir string, k int, train []ner.Sentence, opts ner.TrainOptions) *ner.Model {
	if dir == "" {
		return ner.Train(train, opts)
	}
	path := filepath.Join(dir, fmt.Sprintf("fold%d.gob.gz", k+1))
	if b, err := os.ReadFile(path); err == nil {
		m, err := ner.Load(bytes.NewReader(b))
		if err != nil {
			log.Fatalf("trainner: %s: %v", path, err)
		}
		if opts.Gazetteer != nil {
			m = m.WithGazetteer(opts.Gazetteer)
		}
		return m
	}
	m := ner.Train(train, opts)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		log.Fatalf("trainner: %v", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		log.Fatalf("trainner: %v", err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		log.Fatalf("trainner: %v", err)
	}
	return foldModel(dir, k, nil, opts) // as saved (quantised), as later runs see it
}
