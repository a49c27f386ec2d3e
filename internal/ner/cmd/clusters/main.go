// Command clusters builds the tagger's word clusters from unlabelled news:
// words that stand between the same neighbours fall into the same
// cluster, so that the tagger can treat a name it never saw in training
// like the names it did see in the same places (بوتين with أردوغان,
// أوباما; الغامدي with the other family names).
//
//	go run ./cmd/clusters -corpus ../../../shared/eval/corpus/saudinewsnet -out data/clusters.tsv.gz
//
// The words of the corpus's titles and paragraphs are keyed as the tagger
// looks them up (ner.Key: normalised, proclitics stripped); those seen at
// least -min times are clustered, the others break the sequence. The
// clusters are those of a class bigram model, found by the exchange
// algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998): -fine
// classes of words, then -middle classes of those and -coarse classes of
// those, each by the same algorithm over the bigram counts of the classes
// below, so that every word has a coarse, a middle and a fine cluster and
// the fine ones nest in the coarse ones, as the prefixes of Brown clusters
// do. The output lists, sorted by word, `word<TAB>coarse<TAB>middle<TAB>fine`.
// The same corpus and flags give the same file byte for byte.
package main

import (
	"archive/zip"
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/marsad/marsad/internal/ner"
)

func main() {
	var (
		corpus  = flag.String("corpus", "", "directory of SaudiNewsNet *.zip files (each a JSON array of articles with title and content), required")
		out     = flag.String("out", "", "gzipped TSV to write, required")
		minFreq = flag.Int("min", 8, "least occurrences of a word to be clustered")
		fine    = flag.Int("fine", 1024, "classes of words")
		middle  = flag.Int("middle", 256, "classes of the fine classes")
		coarse  = flag.Int("coarse", 64, "classes of the middle classes")
		iters   = flag.Int("iters", 12, "most exchange iterations at each level")
	)
	flag.Parse()
	if *corpus == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "clusters: -corpus and -out are required")
		flag.Usage()
		os.Exit(2)
	}
	if *fine > 4094 || *middle > 4094 || *coarse > 254 {
		log.Fatal("clusters: at most 4094 fine and middle and 254 coarse classes (classes 0–4093 and 0–253: see ner's cluster codes)")
	}
	sents, err := readCorpus(*corpus)
	if err != nil {
		log.Fatal(err)
	}
	vocab, ids := buildVocab(sents, *minFreq)
	log.Printf("%d paragraphs, %d words clustered", len(sents), len(vocab)-1)
	seqs := make([][]int32, len(sents))
	for i, s := range sents {
		seq := make([]int32, len(s)+2) // word 0, the boundary, at both ends
		for j, w := range s {
			id, ok := ids[w]
			if !ok {
				id = -1
			}
			seq[j+1] = id
		}
		seqs[i] = seq
	}
	b := countBigrams(seqs, len(vocab))
	fineOf := exchange(b, *fine, *iters)
	midOfFine := exchange(classBigrams(b, fineOf, *fine), *middle, *iters)
	midOf := make([]int32, len(fineOf))
	for w, c := range fineOf {
		midOf[w] = midOfFine[c]
	}
	coarseOfMid := exchange(classBigrams(b, midOf, *middle), *coarse, *iters)
	coarseOf := make([]int32, len(midOf))
	for w, c := range midOf {
		coarseOf[w] = coarseOfMid[c]
	}
	// word 0 is the boundary, not a word
	if err := write(*out, vocab[1:], coarseOf[1:], midOf[1:], fineOf[1:]); err != nil {
		log.Fatal(err)
	}
}

// readCorpus returns the keyed words of every paragraph of every article
// (title and content) of the zips in dir, in name order.
func readCorpus(dir string) ([][]string, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.zip"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no *.zip in %s", dir)
	}
	sort.Strings(names)
	var sents [][]string
	for _, name := range names {
		zr, err := zip.OpenReader(name)
		if err != nil {
			return nil, err
		}
		for _, f := range zr.File {
			rc, err := f.Open()
			if err != nil {
				zr.Close()
				return nil, fmt.Errorf("%s: %s: %w", name, f.Name, err)
			}
			var arts []struct{ Title, Content string }
			err = json.NewDecoder(rc).Decode(&arts)
			rc.Close()
			if err != nil {
				zr.Close()
				return nil, fmt.Errorf("%s: %s: %w", name, f.Name, err)
			}
			for _, a := range arts {
				for _, p := range strings.Split(a.Title+"\n"+a.Content, "\n") {
					if ws := words(p); len(ws) > 0 {
						sents = append(sents, ws)
					}
				}
			}
		}
		zr.Close()
	}
	return sents, nil
}

// words splits a paragraph into runs of letters and digits (with Arabic
// marks) and single punctuation marks, each keyed as the tagger looks
// words up.
func words(p string) []string {
	var ws []string
	start := -1
	flush := func(end int) {
		if start >= 0 {
			if k := ner.Key(p[start:end]); k != "" {
				ws = append(ws, k)
			}
			start = -1
		}
	}
	for i, r := range p {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			if start < 0 {
				start = i
			}
		case unicode.IsSpace(r):
			flush(i)
		default:
			flush(i)
			ws = append(ws, string(r))
		}
	}
	flush(len(p))
	return ws
}

// buildVocab returns the words seen at least min times, most frequent
// first (ties by word), after word 0, the paragraph boundary; and the
// index of each.
func buildVocab(sents [][]string, min int) ([]string, map[string]int32) {
	count := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			count[w]++
		}
	}
	var vocab []string
	for w, c := range count {
		if c >= min {
			vocab = append(vocab, w)
		}
	}
	slices.SortFunc(vocab, func(a, b string) int {
		if d := count[b] - count[a]; d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	vocab = append([]string{"\x00"}, vocab...)
	ids := make(map[string]int32, len(vocab))
	for i, w := range vocab[1:] {
		ids[w] = int32(i + 1)
	}
	return vocab, ids
}

func write(path string, vocab []string, coarse, middle, fine []int32) error {
	order := make([]int, len(vocab))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return vocab[order[a]] < vocab[order[b]] })
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	for _, i := range order {
		fmt.Fprintf(bw, "%s\t%d\t%d\t%d\n", vocab[i], coarse[i], middle[i], fine[i])
	}
	err = bw.Flush()
	if cerr := zw.Close(); err == nil {
		err = cerr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
