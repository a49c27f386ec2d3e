// Package ner is a statistical named-entity tagger for Arabic news text.
//
// It is a first-order structured averaged perceptron (Collins 2002) over
// BIO tags with Viterbi decoding restricted to valid transitions (I-X only
// after B-X or I-X). Features are hashed to 64 bits and suited to Arabic:
// the normalised word, the word with its proclitics (و ف ب ك ل + ال)
// stripped, its prefixes and suffixes, its shape (which also carries Latin
// capitalisation, so English names are found in Arabic and English text),
// the surrounding words, trigger words such as titles (data/triggers.txt)
// and gazetteer membership (built-in first names and country names, plus
// any Gazetteer the caller supplies).
//
// The embedded model (model/anercorp.gob.gz) is trained on the ANERcorp
// train split (research use; the CAMeL split is listed as CC BY-SA 4.0) and
// is rebuilt from the data with go generate, which also prints the scores.
// Exact-span micro-F1 on PERS/LOC/ORG when this model was built: 5-fold
// contiguous cross-validation 0.698, last 10 % held out 0.682, AQMAR
// Wikipedia (domain shift) 0.476. Published systems reach about 0.83 on
// the ANERcorp test split with pretrained language models.
package ner

//go:generate go run ./cmd/trainner -data ../../../shared/eval/ner/anercorp/train.txt -aqmar ../../../shared/eval/ner/aqmar/articles -obias 6 -out model/anercorp.gob.gz

import (
	"bytes"
	_ "embed"
	"fmt"
)

// Sentence is a tokenised sentence with one BIO tag per token (Tags may be
// nil for untagged text).
type Sentence struct {
	Tokens []string
	Tags   []string
}

//go:embed model/anercorp.gob.gz
var defaultModel []byte

// Default loads the model embedded in the package, trained on ANERcorp.
// Each call decodes a new Model; callers keep and share the result.
func Default() (*Model, error) {
	m, err := Load(bytes.NewReader(defaultModel))
	if err != nil {
		return nil, fmt.Errorf("ner: embedded model: %w", err)
	}
	return m, nil
}
