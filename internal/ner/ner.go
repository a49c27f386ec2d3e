// Package ner is a statistical named-entity tagger for Arabic news text.
//
// It is a first-order linear-chain conditional random field over BILOU
// tags (returned as BIO) with Viterbi decoding restricted to valid
// transitions, trained by stochastic gradient descent with an L2 prior
// (TrainOptions.CRF); a structured averaged perceptron (Collins 2002) on
// the same features is the other learner. Features are hashed to 64 bits and suited to Arabic: the
// normalised word, the word with its proclitics (و ف ب ك ل + ال) stripped,
// its prefixes, suffixes and character 2-4-grams, its shape (which also
// carries Latin capitalisation, so English names are found in Arabic and
// English text), the surrounding words and their first and last letters,
// trigger words such as titles (data/triggers.txt) up to three words
// before, and gazetteer membership (built-in first names and
// country names, plus any Gazetteer the caller supplies), also for the word
// without a speculative single proclitic (وبوتين → بوتين).
//
// A name list learned from the training data adds how the word (and the
// word without a speculative proclitic) was tagged there, by type and
// share of its occurrences, how often it occurred there and with the
// article (what stands in for capitalisation), and whether a sequence of
// words starting here was tagged as one entity there and how often. The training features of
// a sentence come from the list built without its tenth of the data
// (jackknifing), so that the model learns how far such a list can be
// trusted on unseen text; the model keeps the list built from all of it,
// as hashes only. A few coarse features of the word (script and case, its
// learned type, gazetteer bits, proclitics, the trigger before it, its
// last letter) are weighted per pair of previous and current tag, so that,
// for example, a word with و after a name may start a new name.
//
// Word clusters learned from unlabelled news (data/clusters.tsv.gz,
// built by cmd/clusters from SaudiNewsNet with the exchange algorithm, a
// class bigram model: see TrainOptions.Clusters) give the word and its
// two neighbours a coarse, a middle and a fine class, so that a name the
// training data never had is known by the company it keeps there.
//
// The embedded model has two passes. The first tags each sentence alone;
// the second also sees the first pass's tags of the sentence and how the
// first pass tagged the same word (or the word with or without a
// one-letter proclitic) in the 20 sentences on either side, and which
// trigger words preceded it there. The second pass is trained on
// first-pass output cross-fitted over 5 parts of the training data, so
// that it learns from tags as noisy as on new text. TagDocument gives the
// model a document; Tag treats one sentence as a document of its own.
//
// Three options are not used by the embedded model, because what they
// add in cross-validation did not pay for their cost in speed or held
// up on AQMAR: features of a word's other occurrences that need no
// tagger (TrainOptions.DocStats: how many, how many with the article,
// which trigger words preceded them), the first pass's near misses
// (TrainOptions.NearMisses) and a second run of the second pass with its
// own tags as the votes (WithRefine).
//
// The embedded model (model/anercorp.gob.gz) is trained on the ANERcorp
// train split (research use; the CAMeL split is listed as CC BY-SA 4.0),
// with the entity lexicon's names as a gazetteer (analyze.TaggerGazetteer,
// which the analyzer passes to WithGazetteer), and is rebuilt from the
// data with go generate, which also prints the scores. Exact-span
// micro-F1 on PERS/LOC/ORG when this model was built (O bias 0, no tuning
// on test data; the CRF's σ was chosen on one fold of a 3-fold split of
// the training data): 5-fold contiguous cross-validation 0.768, last 10 %
// held out 0.743, AQMAR Wikipedia (domain shift, one document per
// article) 0.536. Published systems reach about 0.83 on the ANERcorp test split
// with pretrained language models.
package ner

//go:generate go run ./cmd/clusters -corpus ../../../shared/eval/corpus/saudinewsnet -out data/clusters.tsv.gz
//go:generate go run ./cmd/trainner -data ../../../shared/eval/ner/anercorp/train.txt -aqmar ../../../shared/eval/ner/aqmar/articles -doc -pairs -lexgaz -crf -sigma 0.5 -prune 0.01 -biases 0.25,0.5,1 -clusters -models 2 -dropout 0.1 -out model/anercorp.gob.gz

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
// Each call decodes a new Model; callers keep and share the result. The
// model was trained with the entity lexicon's names, frozen with it, as a
// gazetteer: give it the same with WithGazetteer(analyze.TaggerGazetteer()),
// as the analyzer does; without it, its gazetteer features see only the
// built-in lists.
func Default() (*Model, error) {
	m, err := Load(bytes.NewReader(defaultModel))
	if err != nil {
		return nil, fmt.Errorf("ner: embedded model: %w", err)
	}
	return m, nil
}
