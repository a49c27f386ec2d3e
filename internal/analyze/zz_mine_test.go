package analyze

import (
	"archive/zip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/lexicon"
)

func TestZZMine(t *testing.T) {
	a := newAnalyzer(t)
	noEv, withEv, all := map[string]int{}, map[string]int{}, map[string]int{}
	examples := map[string]string{}
	var hits []string
	watch := map[string]bool{}
	for _, w := range strings.Fields("استقبل التقي بحث اكد دعا ادان هنا اتصل وقع زار عزي شكر اشاد طالب بعث قصف استهدف اعتقل تلقي التقت استقبلت بحثت اكدت ادانت اشادت ناقش ناقشت اجري") {
		watch[w] = true
	}
	for _, day := range []string{"2015-07-21", "2015-07-31", "2015-08-01", "2015-08-02", "2015-08-03", "2015-08-04"} {
		zr, err := zip.OpenReader("/work/shared/eval/corpus/saudinewsnet/" + day + ".zip")
		if err != nil {
			t.Fatal(err)
		}
		f, _ := zr.File[0].Open()
		b, _ := io.ReadAll(f)
		var arts []struct{ Source, Title, Content string }
		json.Unmarshal(b, &arts)
		for i, art := range arts {
			if art.Source == "arreyadi" || art.Source == "arriyadiyah" || art.Source == "arreyadiyah" || i%2 == 1 {
				continue
			}
			text := art.Title + "\n\n" + art.Content
			an, err := a.Analyze(context.Background(), text, "ar")
			if err != nil {
				continue
			}
			d, _ := a.Doc(context.Background(), text, "ar")
			evSent := map[int]bool{}
			r2b := make([]int, 0, len(text)+1)
			for bi := range text {
				r2b = append(r2b, bi)
			}
			r2b = append(r2b, len(text))
			for _, e := range an.Events {
				if e.Start < len(r2b) {
					evSent[r2b[e.Start]] = true
				}
			}
			for _, s := range d.Sentences {
				ents := map[string]bool{}
				for _, e := range an.Entities {
					if e.Type == "LOC" {
						continue
					}
					for _, m := range e.Mentions {
						if m.Start >= s.Start && m.End <= s.End {
							ents[e.ID] = true
						}
					}
				}
				seen := map[string]bool{}
				for _, tk := range d.Tokens[s.FirstToken:s.EndToken] {
					cs := lexicon.Clitics(tk.Text)
					w := cs[len(cs)-1].Stem
					if seen[w] {
						continue
					}
					seen[w] = true
					all[w]++
					if len(ents) >= 2 {
						// event offsets are runes? use byte Start from doc
						if evSent[s.Start] {
							withEv[w]++
						} else {
							noEv[w]++
							if watch[w] && len(hits) < 400 {
								hits = append(hits, w+"\t"+strings.ReplaceAll(d.Text[s.Start:s.End], "\n", " "))
							}
							if _, ok := examples[w]; !ok {
								examples[w] = strings.ReplaceAll(d.Text[s.Start:s.End], "\n", " ")
							}
						}
					}
				}
			}
		}
	}
	type kv struct {
		w    string
		n    int
		r    float64
	}
	var out []kv
	for w, n := range noEv {
		if n < 15 {
			continue
		}
		out = append(out, kv{w, n, float64(n) / float64(all[w]+20)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].r > out[j].r })
	fo, _ := os.Create("/tmp/mine.txt")
	for _, x := range out[:min(400, len(out))] {
		ex := examples[x.w]
		if len(ex) > 160 {
			ex = ex[:160]
		}
		fmt.Fprintf(fo, "%s\t%d\t%d\t%d\t%.2f\t%s\n", x.w, x.n, withEv[x.w], all[x.w], x.r, ex)
	}
	fo.Close()
	os.WriteFile("/tmp/mine-hits.txt", []byte(strings.Join(hits, "\n")), 0o644)
}
