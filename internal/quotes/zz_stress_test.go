package quotes

import (
	"fmt"
	"math/rand"
	"os"
	"testing"
	"time"
)

func TestZZStress(t *testing.T) {
	alpha := []string{"«", "»", "\"", "“", "”", "„", ":", "،", ".", " ", " ", "\n", "قال", "بوتين", "إن", "أن", "قائلاً", "said", "Trump", "that", ",", "according", "to", "بحسب", "(", ")", "عن", "نقل", "x", "يقول"}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 200000; n++ {
		var s string
		for k := r.Intn(30); k >= 0; k-- {
			if r.Intn(4) == 0 {
				s += string(rune(r.Intn(0x3000)))
			} else {
				s += alpha[r.Intn(len(alpha))]
			}
		}
		done := make(chan bool)
		go func() {
			select {
			case <-done:
			case <-time.After(3 * time.Second):
				fmt.Printf("HANG %q\n", s)
				os.Exit(3)
			}
		}()
		d := analyse(t, s, "ar")
		ms, me := r.Intn(len(s)+1), r.Intn(len(s)+1)
		Find(d, []Entity{{ID: "x", Name: "X", Type: "PER", Mentions: [][2]int{{ms, me}, {0, len(s)}}}})
		close(done)
	}
}
