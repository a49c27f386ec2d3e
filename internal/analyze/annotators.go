package analyze

import (
	"context"

	"github.com/marsad/marsad/internal/doc"
	"github.com/marsad/marsad/internal/link"
)

// The layers the analysis annotators provide.
const (
	// LayerNames holds the tagger's name spans (Label PER, ORG or LOC).
	LayerNames = "names"
	// LayerKnownNames holds the lexicon's names found in the text.
	LayerKnownNames = "known-names"
	// LayerEntities holds entity mentions: ID the entity id, Label its type,
	// Attrs "name" and "name_ar" its canonical names.
	LayerEntities = "entities"
)

// nerAnnotator tags each sentence with the statistical tagger.
type nerAnnotator struct{ a *Analyzer }

func (nerAnnotator) Name() string { return "ner" }
func (nerAnnotator) Requires() []string {
	return []string{doc.LayerTokens, doc.LayerWords, doc.LayerSentences}
}
func (nerAnnotator) Provides() []string { return []string{LayerNames} }

func (n nerAnnotator) Annotate(_ context.Context, d *doc.Doc) error {
	for _, m := range n.a.nerMentions(d) {
		d.AddSpans(LayerNames, doc.Span{Start: m.Start, End: m.End, Label: m.Type})
	}
	return nil
}

// gazetteerAnnotator finds the lexicon's names in the text.
type gazetteerAnnotator struct{ l *link.Linker }

func (gazetteerAnnotator) Name() string       { return "gazetteer" }
func (gazetteerAnnotator) Requires() []string { return []string{doc.LayerText} }
func (gazetteerAnnotator) Provides() []string { return []string{LayerKnownNames} }

func (g gazetteerAnnotator) Annotate(_ context.Context, d *doc.Doc) error {
	for _, m := range g.l.FindGazetteerMentions(d.Text) {
		d.AddSpans(LayerKnownNames, doc.Span{Start: m.Start, End: m.End, Label: m.Type})
	}
	return nil
}

// linkAnnotator merges the two name layers and links the mentions to
// entities.
type linkAnnotator struct {
	l *link.Linker
	a *Analyzer // for the article's kingdom (addKingdom); nil leaves it out
}

func (linkAnnotator) Name() string       { return "link" }
func (linkAnnotator) Requires() []string { return []string{LayerNames, LayerKnownNames} }
func (linkAnnotator) Provides() []string { return []string{LayerEntities} }

func (la linkAnnotator) Annotate(_ context.Context, d *doc.Doc) error {
	tagged, known := layerMentions(d, LayerNames), layerMentions(d, LayerKnownNames)
	if la.a != nil {
		tagged, known = la.a.namesakes(d.Text, tagged, known)
		known = la.a.lineageNamesakes(tagged, known)
		known = withGroupKinds(d.Text, known)
		tagged = la.a.splitKnownHead(d.Text, tagged, known)
	}
	mentions := mergeMentions(tagged, known)
	ents := addOffices(d, addTerrorists(d, addShortForms(d, mergeGenericPlaceOrgs(la.l.LinkAt(d.Text, mentions, d.Published)))))
	if la.a != nil {
		ents = la.a.governments(d.Text, ents)
		ents = la.a.addKingdom(d, ents)
		ents = la.a.addCoalition(d, ents)
		ents = la.a.addSurnames(d, ents)
		ents = la.a.addBareTitles(d, ents)
	}
	for _, e := range ents {
		name := e.Name
		if name == "" {
			name = e.NameAr
		}
		attrs := map[string]string{"name": name, "name_ar": e.NameAr}
		for _, s := range e.Mentions {
			d.AddSpans(LayerEntities, doc.Span{Start: s.Start, End: s.End, Label: e.Type, ID: e.ID, Attrs: attrs})
		}
	}
	return nil
}

func layerMentions(d *doc.Doc, layer string) []link.Mention {
	spans := d.Spans(layer)
	out := make([]link.Mention, len(spans))
	for i, s := range spans {
		out[i] = link.Mention{Start: s.Start, End: s.End, Text: d.Text[s.Start:s.End], Type: s.Label}
	}
	return out
}
