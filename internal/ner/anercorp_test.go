package ner

import "testing"

// anercorpPath is where the shared evaluation data lives beside the
// repository; tests that need it skip when it is absent.
const anercorpPath = "../../../shared/eval/ner/anercorp/train.txt"

// TestAnercorpHeldOut trains on the first 90 % of ANERcorp's train part and
// checks the exact-span F1 on the rest does not regress.
func TestAnercorpHeldOut(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model; skipped with -short")
	}
	sents, err := ReadCoNLLFile(anercorpPath, nil)
	if err != nil {
		t.Skipf("ANERcorp not available (%v); it is not part of the repository", err)
	}
	cut := len(sents) - len(sents)/10
	m := Train(sents[:cut], TrainOptions{Seed: 1})
	pred := make([][]string, 0, len(sents)-cut)
	for _, s := range sents[cut:] {
		pred = append(pred, m.Tag(s.Tokens))
	}
	sc := Evaluate(sents[cut:], pred, []string{"PERS", "LOC", "ORG"})
	t.Logf("held-out F1 %.4f (P %.4f R %.4f)", sc.Overall.F1, sc.Overall.Precision, sc.Overall.Recall)
	if sc.Overall.F1 < 0.60 {
		t.Errorf("held-out F1 %.4f, want ≥ 0.60", sc.Overall.F1)
	}
}
