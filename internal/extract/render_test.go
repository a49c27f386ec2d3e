package extract

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"blocks and inline", "<div><p>One <b>bold</b> word.</p><p>Two<br>lines</p></div>", []string{"One bold word.", "Two", "lines"}},
		{"table rows", "<table><tr><th>Piloto</th><th>Pontos</th></tr><tr><td>Kyle Busch</td><td>5040</td></tr></table>", []string{"Piloto\tPontos", "Kyle Busch\t5040"}},
		{"scripts skipped", "<p>نص<script>var x=1;</script> المقال</p>", []string{"نص المقال"}},
		{"whitespace", "<p>  a \n\t b  </p>", []string{"a b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got := paragraphs(doc); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("paragraphs = %q, want %q", got, tt.want)
			}
		})
	}
}
