package analyze

import (
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/marsad/marsad/internal/lexicon"
	"github.com/marsad/marsad/internal/ner"
)

// The statistical tagger sees the entity lexicon's names as a gazetteer
// (a feature of every word that starts a known name). The names it was
// trained with are frozen in tagger_gazetteer.tsv, apart from the lexicon
// that the linker reads: the lexicon grows (a club, a minister) without
// retraining the model, and without the model's tags and figures moving
// with every edit. New names of the lexicon are still found in the text,
// by the lexicon's own matching (link.FindGazetteerMentions). To give the
// tagger the lexicon's names of the day, write the file again
// (go run ./internal/analyze/cmd/taggergaz) and retrain the model
// (go generate ./internal/ner).

//go:embed tagger_gazetteer.tsv
var taggerGazetteerData string

// TaggerGazetteer returns the frozen gazetteer the embedded model was
// trained with (tagger_gazetteer.tsv): types PERS, ORG, LOC as bits of
// ner.GazPERS, ner.GazORG, ner.GazLOC.
func TaggerGazetteer() *ner.MapGazetteer {
	var g ner.MapGazetteer
	for line := range strings.Lines(taggerGazetteerData) {
		line = strings.TrimRight(line, "\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		bits, name, ok := strings.Cut(line, "\t")
		b, err := strconv.ParseUint(bits, 10, 8)
		if !ok || err != nil {
			panic(fmt.Sprintf("analyze: tagger_gazetteer.tsv: bad line %q", line))
		}
		g.Add(name, uint8(b))
	}
	return &g
}

// WriteTaggerGazetteer writes the lexicon's names (canonical names and
// aliases, Arabic and English) in the form of tagger_gazetteer.tsv:
// people as PERS, organisations and media as ORG, countries, cities and
// other places as LOC; one name a line, sorted, after its type bits.
func WriteTaggerGazetteer(w io.Writer, lx *lexicon.Lexicon) error {
	types := map[string]uint8{}
	for _, e := range lx.Entities() {
		var b uint8
		switch e.Type {
		case "PER":
			b = ner.GazPERS
		case "ORG":
			b = ner.GazORG
		default:
			b = ner.GazLOC
		}
		for _, n := range append([]string{e.Name, e.NameAr}, e.Aliases...) {
			if n = strings.TrimSpace(n); n != "" && !strings.ContainsAny(n, "\t\n") {
				types[n] |= b
			}
		}
	}
	names := make([]string, 0, len(types))
	for n := range types {
		names = append(names, n)
	}
	slices.Sort(names)
	if _, err := fmt.Fprintf(w, "# The entity lexicon's names as the NER tagger's gazetteer (type bits: 1 PERS, 2 LOC, 4 ORG),\n# frozen with the model; written by go run ./internal/analyze/cmd/taggergaz (see gazetteer.go).\n"); err != nil {
		return err
	}
	for _, n := range names {
		if _, err := fmt.Fprintf(w, "%d\t%s\n", types[n], n); err != nil {
			return err
		}
	}
	return nil
}
