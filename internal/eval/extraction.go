package eval

import (
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/marsad/marsad/internal/model"
)

// ExtractFunc extracts the article from one page's HTML.
type ExtractFunc func(html []byte, url string) (*model.Article, error)

// PageResult is the outcome of one page.
type PageResult struct {
	Name    string
	Counts  Counts
	HasBody bool
	// TitleOK and DateOK are nil when the gold has no title or date.
	TitleOK, DateOK *bool
	// SnippetsOK counts snippet checks passed, of SnippetsN.
	SnippetsOK, SnippetsN int
	Err                   error
	Got                   *model.Article
}

// Report sums an extraction evaluation.
type Report struct {
	Pages                 []PageResult
	P, R, F1              float64
	TitleOK, TitleN       int
	DateOK, DateN         int
	SnippetsOK, SnippetsN int
	Errors                int
	Elapsed               time.Duration
	Workers               int
	BytesIn               int64
}

// RunExtraction extracts every page with workers goroutines (GOMAXPROCS
// when workers < 1) and scores the result. Reading the gold files is not
// counted in Elapsed.
func RunExtraction(pages []Page, extract ExtractFunc, workers int) (*Report, error) {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	bodies := make([][]byte, len(pages))
	var bytesIn int64
	for i, p := range pages {
		b, err := p.ReadHTML()
		if err != nil {
			return nil, err
		}
		bodies[i] = b
		bytesIn += int64(len(b))
	}
	got := make([]*model.Article, len(pages))
	errs := make([]error, len(pages))
	start := time.Now()
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				got[i], errs[i] = extract(bodies[i], pages[i].Gold.URL)
			}
		}()
	}
	for i := range pages {
		next <- i
	}
	close(next)
	wg.Wait()
	rep := &Report{Elapsed: time.Since(start), Workers: workers, BytesIn: bytesIn}

	var counts []Counts
	for i, p := range pages {
		r := PageResult{Name: p.Name, Err: errs[i], Got: got[i]}
		a := got[i]
		if a == nil {
			a = &model.Article{}
		}
		if errs[i] != nil {
			rep.Errors++
		}
		if p.Gold.Body != "" {
			r.HasBody = true
			r.Counts = Compare(a.Text, p.Gold.Body)
			counts = append(counts, r.Counts)
		}
		if p.Gold.Title != "" {
			ok := sameTitle(a.Title, p.Gold.Title)
			r.TitleOK = &ok
			rep.TitleN++
			if ok {
				rep.TitleOK++
			}
		}
		if len(p.Gold.Date) >= 10 {
			ok := !a.Published.IsZero() && a.Published.Format("2006-01-02") == p.Gold.Date[:10]
			r.DateOK = &ok
			rep.DateN++
			if ok {
				rep.DateOK++
			}
		}
		for _, s := range p.Gold.With {
			r.SnippetsN++
			if strings.Contains(a.Text, s) {
				r.SnippetsOK++
			}
		}
		for _, s := range p.Gold.Without {
			r.SnippetsN++
			if !strings.Contains(a.Text, s) {
				r.SnippetsOK++
			}
		}
		rep.SnippetsOK += r.SnippetsOK
		rep.SnippetsN += r.SnippetsN
		rep.Pages = append(rep.Pages, r)
	}
	rep.P, rep.R, rep.F1 = PRF(counts)
	return rep, nil
}

// sameTitle compares titles as exact strings after whitespace is collapsed.
func sameTitle(a, b string) bool {
	return strings.Join(strings.FieldsFunc(a, unicode.IsSpace), " ") == strings.Join(strings.FieldsFunc(b, unicode.IsSpace), " ")
}

// PagesPerSecond is the throughput of the run.
func (r *Report) PagesPerSecond() float64 {
	return float64(len(r.Pages)) / r.Elapsed.Seconds()
}

// Print writes the report's summary; with verbose, one line per page.
func (r *Report) Print(w io.Writer, name string, verbose bool) {
	if verbose {
		for _, p := range r.Pages {
			f := 0.0
			if p.Counts.TP > 0 {
				f = 2 * p.Counts.TP / (2*p.Counts.TP + p.Counts.FP + p.Counts.FN)
			}
			line := fmt.Sprintf("%-60s F1=%.3f tp=%.2f fp=%.2f fn=%.2f", p.Name, f, p.Counts.TP, p.Counts.FP, p.Counts.FN)
			if p.TitleOK != nil && !*p.TitleOK {
				line += " title✗"
			}
			if p.DateOK != nil && !*p.DateOK {
				line += " date✗"
			}
			if p.SnippetsN > 0 {
				line += fmt.Sprintf(" snippets=%d/%d", p.SnippetsOK, p.SnippetsN)
			}
			if p.Err != nil {
				line += " err=" + p.Err.Error()
			}
			fmt.Fprintln(w, line)
		}
	}
	fmt.Fprintf(w, "%s: pages=%d P=%.3f R=%.3f F1=%.3f", name, len(r.Pages), r.P, r.R, r.F1)
	if r.TitleN > 0 {
		fmt.Fprintf(w, " title=%.3f (%d/%d)", float64(r.TitleOK)/float64(r.TitleN), r.TitleOK, r.TitleN)
	}
	if r.DateN > 0 {
		fmt.Fprintf(w, " date=%.3f (%d/%d)", float64(r.DateOK)/float64(r.DateN), r.DateOK, r.DateN)
	}
	if r.SnippetsN > 0 {
		fmt.Fprintf(w, " snippets=%d/%d", r.SnippetsOK, r.SnippetsN)
	}
	fmt.Fprintf(w, " errors=%d\n", r.Errors)
	fmt.Fprintf(w, "%s: throughput %.1f pages/s (%.2f MB/s) on %d worker(s)\n", name, r.PagesPerSecond(), float64(r.BytesIn)/1e6/r.Elapsed.Seconds(), r.Workers)
}
