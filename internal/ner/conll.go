package ner

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// ReadCoNLL reads sentences in CoNLL format: one token per line, the first
// column the token and the last its tag, blank lines between sentences;
// -DOCSTART- lines are skipped. tagMap, when not nil, renames entity types
// (for example {"PER": "PERS", "MIS": "MISC"}): it is applied to the type
// of B-/I- tags and to whole tags.
func ReadCoNLL(r io.Reader, tagMap map[string]string) ([]Sentence, error) {
	return readCoNLL(r, func(fields []string) string { return mapTag(fields[len(fields)-1], tagMap) })
}

// readCoNLL reads CoNLL sentences, taking each token's tag from its line's
// fields (token first, at least one tag column) with tagOf.
func readCoNLL(r io.Reader, tagOf func(fields []string) string) ([]Sentence, error) {
	var (
		sents []Sentence
		cur   Sentence
	)
	flush := func() {
		if len(cur.Tokens) > 0 {
			sents = append(sents, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || fields[0] == "-DOCSTART-" {
			flush()
			continue
		}
		if len(fields) < 2 {
			return nil, fmt.Errorf("ner: conll line %d: want \"token ... tag\", got %q", line, sc.Text())
		}
		cur.Tokens = append(cur.Tokens, fields[0])
		cur.Tags = append(cur.Tags, tagOf(fields))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: reading conll: %w", err)
	}
	flush()
	return sents, nil
}

func mapTag(tag string, tagMap map[string]string) string {
	if tagMap == nil {
		return tag
	}
	if t, ok := tagMap[tag]; ok {
		return t
	}
	if len(tag) > 2 && (tag[:2] == "B-" || tag[:2] == "I-") {
		if t, ok := tagMap[tag[2:]]; ok {
			return tag[:2] + t
		}
	}
	return tag
}

// ReadCoNLLFile reads a CoNLL file with ReadCoNLL.
func ReadCoNLLFile(path string, tagMap map[string]string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := ReadCoNLL(f, tagMap)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// TrainFromFile reads a CoNLL training file and trains a model on it.
func TrainFromFile(path string, opts TrainOptions) (*Model, error) {
	sents, err := ReadCoNLLFile(path, nil)
	if err != nil {
		return nil, err
	}
	if len(sents) == 0 {
		return nil, fmt.Errorf("ner: %s holds no sentences", path)
	}
	return Train(sents, opts), nil
}

// ReadNestedCoNLL reads CoNLL sentences whose tag columns are nested
// layers, outermost first, as in Wojood ("token B-OCC", "token I-OCC
// B-ORG"); a file with a single tag column reads as with ReadCoNLL. types
// maps the source entity types to the ones kept (for example {"GPE":
// "LOC", "PERS": "PERS"}); types it does not name become O. Each token
// takes the outermost tag of a kept type, so an organisation inside an
// occupation ("سكرتير اللجنة القومية") keeps its ORG span instead of
// vanishing with the outer OCC span.
func ReadNestedCoNLL(r io.Reader, types map[string]string) ([]Sentence, error) {
	return readCoNLL(r, func(fields []string) string {
		for _, t := range fields[1:] {
			prefix, typ := splitTag(t)
			if prefix == 'O' {
				continue
			}
			if to, ok := types[typ]; ok {
				return string(prefix) + "-" + to
			}
		}
		return "O"
	})
}
