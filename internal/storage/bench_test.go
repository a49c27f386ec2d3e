package storage

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/model"
)

// benchText returns the realistic ~4 KB Arabic article in testdata.
func benchText(b *testing.B) string {
	b.Helper()
	text, err := os.ReadFile("testdata/article-ar-4k.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(text)
}

// benchArticle returns the i-th distinct variant of the test article: its
// paragraphs rotated and a number added, so that every hash and URL differs.
func benchArticle(text string, i int) *model.Article {
	paras := strings.Split(strings.TrimSpace(text), "\n\n")
	k := i % len(paras)
	rotated := append(append([]string{}, paras[k:]...), paras[:k]...)
	return &model.Article{
		URL:       fmt.Sprintf("https://www.independentarabia.com/node/%d", i),
		Title:     paras[k],
		Lang:      "ar",
		Site:      []string{"independentarabia", "aljazeera", "bbc"}[i%3],
		Published: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour),
		Text:      strings.Join(rotated, "\n\n") + fmt.Sprintf("\n\nرقم %d", i),
		Format:    "html",
	}
}

func BenchmarkSaveArticle(b *testing.B) {
	text := benchText(b)
	b.Run("one-per-transaction", func(b *testing.B) {
		s := newStore(b)
		ctx := context.Background()
		b.SetBytes(int64(len(text)))
		i := 0
		for b.Loop() {
			if _, err := s.SaveArticle(ctx, benchArticle(text, i)); err != nil {
				b.Fatal(err)
			}
			i++
		}
		b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "articles/s")
	})
	b.Run("batched", func(b *testing.B) {
		s := newStore(b)
		ctx := context.Background()
		b.SetBytes(int64(len(text)))
		const batch = 256
		i := 0
		var pending []*model.Article
		for b.Loop() {
			pending = append(pending, benchArticle(text, i))
			i++
			if len(pending) == batch {
				if _, err := s.SaveArticles(ctx, pending); err != nil {
					b.Fatal(err)
				}
				pending = pending[:0]
			}
		}
		if _, err := s.SaveArticles(ctx, pending); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "articles/s")
	})
}

func BenchmarkSearch(b *testing.B) {
	text := benchText(b)
	s := newStore(b)
	ctx := context.Background()
	const n = 5000
	var as []*model.Article
	for i := range n {
		as = append(as, benchArticle(text, i))
	}
	if _, err := s.SaveArticles(ctx, as); err != nil {
		b.Fatal(err)
	}
	for _, bm := range []struct {
		name string
		q    SearchQuery
	}{
		{"common-2-terms", SearchQuery{Text: "بوتين علييف"}},
		{"rare-term", SearchQuery{Text: "رقم 4242"}},
		{"variant-spelling", SearchQuery{Text: "اذربيجان"}},
		{"filtered", SearchQuery{Text: "الرئيس", Site: "bbc", From: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)}},
		{"no-match", SearchQuery{Text: "كاليفورنيا"}},
	} {
		b.Run(bm.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Search(ctx, bm.q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
