package storage

import (
	"context"
	"testing"

	"github.com/marsad/marsad/internal/model"
)

func TestEntityNames(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	putin := model.Entity{ID: "per:vladimir-putin", Name: "Vladimir Putin", NameAr: "فلاديمير بوتين", Type: "PER",
		Mentions: []model.Mention{{Start: 0, End: 5, Text: "بوتين"}}}
	if _, err := s.SaveArticles(ctx, []*model.Article{analysed("https://x.example/1", "بوتين في موسكو.", putin)}); err != nil {
		t.Fatal(err)
	}
	got, err := s.EntityNames(ctx, []string{"per:vladimir-putin", "per:nobody", "", "per:vladimir-putin"})
	if err != nil {
		t.Fatal(err)
	}
	want := EntityName{ID: "per:vladimir-putin", Name: "Vladimir Putin", NameAr: "فلاديمير بوتين", Type: "PER"}
	if len(got) != 1 || got["per:vladimir-putin"] != want {
		t.Errorf("EntityNames = %+v, want only %+v", got, want)
	}
	if got, err := s.EntityNames(ctx, nil); err != nil || len(got) != 0 {
		t.Errorf("EntityNames(nil) = %v, %v; want empty", got, err)
	}
}
