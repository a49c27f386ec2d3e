// Command taggergaz writes the entity lexicon's names as the NER tagger's
// frozen gazetteer (internal/analyze/tagger_gazetteer.tsv). Run it, then
// retrain the model (go generate ./internal/ner), to give the tagger the
// lexicon's names of the day; see internal/analyze/gazetteer.go.
package main

import (
	"bufio"
	"flag"
	"log"
	"os"

	"github.com/marsad/marsad/internal/analyze"
	"github.com/marsad/marsad/internal/lexicon"
)

func main() {
	out := flag.String("out", "internal/analyze/tagger_gazetteer.tsv", "where to write the gazetteer")
	flag.Parse()
	lx, err := lexicon.Load()
	if err != nil {
		log.Fatalf("taggergaz: %v", err)
	}
	f, err := os.Create(*out)
	if err != nil {
		log.Fatalf("taggergaz: %v", err)
	}
	w := bufio.NewWriter(f)
	if err := analyze.WriteTaggerGazetteer(w, lx); err != nil {
		log.Fatalf("taggergaz: %v", err)
	}
	if err := w.Flush(); err != nil {
		log.Fatalf("taggergaz: %v", err)
	}
	if err := f.Close(); err != nil {
		log.Fatalf("taggergaz: %v", err)
	}
}
