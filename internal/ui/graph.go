package ui

import (
	"fmt"
	"math"
	"net/http"
	"strconv"

	"github.com/marsad/marsad/internal/storage"
)

// quadClasses are PLOVER's quad classes, in the order the legend shows
// them and ties between them are broken.
var quadClasses = []string{"material conflict", "verbal conflict", "material cooperation", "verbal cooperation"}

// graphView is the Data of the graph page.
type graphView struct {
	From, To      string
	Width, Height int
	Title         string
	Nodes         []graphNode
	Edges         []graphEdge
	Quads         []string
}

// graphNode is an entity drawn as a circle with its name.
type graphNode struct {
	ID, Name, Type string
	Events         int
	X, Y, R        float64
	// LabelX and LabelY place the name, anchored at Anchor ("middle",
	// "start", "end"), on the side of the circle its edges leave most free.
	LabelX, LabelY float64
	Anchor         string
}

// graphEdge is a line between two entities, in the colour of the quad
// class of most of their events.
type graphEdge struct {
	Source, Target         *graphNode
	X1, Y1, X2, Y2, Stroke float64
	Class                  string
	Total                  int
	Count                  map[string]int
}

// F formats a coordinate for SVG.
func (graphView) F(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// ViewBox is the SVG's viewBox.
func (v *graphView) ViewBox() string { return fmt.Sprintf("0 0 %d %d", v.Width, v.Height) }

// maxGraphEdges bounds the edges drawn, the heaviest first.
const maxGraphEdges = 60

// Graph is the actor graph of a period (?from= ?to=): entities that acted
// on one another as nodes, their events as edges coloured by quad class.
func (h *Handler) Graph(w http.ResponseWriter, r *http.Request) {
	p := h.newPage(w, r, "graph")
	ctx, cancel := h.ctx(r)
	defer cancel()
	f := newForm(r, p)
	v := &graphView{From: f.str("from"), To: f.str("to"), Quads: quadClasses}
	q := storage.GraphQuery{From: f.date("from"), To: f.date("to"), Limit: maxGraphEdges}
	if f.err != nil {
		h.fail(w, r, p, f.err)
		return
	}
	g, err := h.st.ActorGraph(ctx, q)
	if err != nil {
		h.fail(w, r, p, err)
		return
	}
	drawGraph(p.lang, v, g)
	p.Title, p.Data = p.T("graph.title"), v
	h.render(w, r, "graph", p)
}

// drawGraph lays g out in v: nodes sized by their events, edges as wide
// as their count.
func drawGraph(l lang, v *graphView, g *storage.Graph) {
	v.Width, v.Height = 960, 620
	v.Title = fmt.Sprintf(l.T("graph.svgTitle"), len(g.Nodes), len(g.Edges))
	if len(g.Nodes) == 0 {
		return
	}
	index := make(map[string]int, len(g.Nodes))
	mostEvents := 1
	for i, n := range g.Nodes {
		index[n.ID] = i
		mostEvents = max(mostEvents, n.Events)
	}
	var les []layoutEdge
	mostTotal := 1
	for _, e := range g.Edges {
		u, ok1 := index[e.Source]
		w, ok2 := index[e.Target]
		if ok1 && ok2 {
			les = append(les, layoutEdge{U: u, V: w, Weight: float64(e.Total)})
			mostTotal = max(mostTotal, e.Total)
		}
	}
	// Room at the sides and below for the names.
	pts := fit(forceLayout(len(g.Nodes), les, layoutIterations), 110, 55, float64(v.Width)-110, float64(v.Height)-55)
	v.Nodes = make([]graphNode, len(g.Nodes))
	for i, n := range g.Nodes {
		v.Nodes[i] = graphNode{
			ID: n.ID, Name: shorten(l.Name(n.Name, n.NameAr), 28), Type: n.Type, Events: n.Events,
			X: pts[i].X, Y: pts[i].Y, R: 7 + 13*math.Sqrt(float64(n.Events)/float64(mostEvents)),
		}
	}
	// Names go on the side of the circle its edges leave most free.
	angles := make([][]float64, len(v.Nodes))
	for _, e := range les {
		a, b := &v.Nodes[e.U], &v.Nodes[e.V]
		angles[e.U] = append(angles[e.U], math.Atan2(b.Y-a.Y, b.X-a.X))
		angles[e.V] = append(angles[e.V], math.Atan2(a.Y-b.Y, a.X-b.X))
	}
	for i := range v.Nodes {
		placeLabel(&v.Nodes[i], angles[i], float64(v.Width))
	}
	for _, e := range g.Edges {
		u, ok1 := index[e.Source]
		w, ok2 := index[e.Target]
		if !ok1 || !ok2 {
			continue
		}
		s, t := &v.Nodes[u], &v.Nodes[w]
		v.Edges = append(v.Edges, graphEdge{
			Source: s, Target: t, X1: s.X, Y1: s.Y, X2: t.X, Y2: t.Y,
			Stroke: 1.5 + 8*float64(e.Total)/float64(mostTotal),
			Class:  quadCSS(dominantQuad(e.Count)), Total: e.Total, Count: e.Count,
		})
	}
}

// dominantQuad is the quad class with the most events of counts.
func dominantQuad(counts map[string]int) string {
	best, n := "", 0
	for _, q := range quadClasses {
		if counts[q] > n {
			best, n = q, counts[q]
		}
	}
	return best
}

// quadCSS is the CSS class of a quad class.
func quadCSS(quad string) string {
	switch quad {
	case "verbal cooperation":
		return "q-vcoop"
	case "material cooperation":
		return "q-mcoop"
	case "verbal conflict":
		return "q-vconf"
	case "material conflict":
		return "q-mconf"
	}
	return "q-other"
}

// shorten cuts s to at most n characters, with "…".
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// placeLabel puts n's name below, above, to the right or to the left of
// its circle: where the nearest of its edges (leaving at angles, in
// radians, y pointing down) is farthest, and the name stays inside the
// drawing's width; below when nothing decides.
func placeLabel(n *graphNode, angles []float64, width float64) {
	type spot struct {
		angle  float64
		x, y   float64
		anchor string
	}
	spots := []spot{
		{math.Pi / 2, n.X, n.Y + n.R + 16, "middle"},
		{-math.Pi / 2, n.X, n.Y - n.R - 8, "middle"},
		{0, n.X + n.R + 6, n.Y + 5, "start"},
		{math.Pi, n.X - n.R - 6, n.Y + 5, "end"},
	}
	textWidth := 8 * float64(len([]rune(n.Name))) // about, at 14px
	best, bestScore := spots[0], -1.0
	for _, sp := range spots {
		switch sp.anchor {
		case "start":
			if sp.x+textWidth > width {
				continue
			}
		case "end":
			if sp.x-textWidth < 0 {
				continue
			}
		}
		score := math.Pi // no edges: every side is free
		for _, a := range angles {
			d := math.Abs(math.Remainder(a-sp.angle, 2*math.Pi))
			score = math.Min(score, d)
		}
		if score > bestScore+1e-9 {
			best, bestScore = sp, score
		}
	}
	n.LabelX, n.LabelY, n.Anchor = best.x, best.y, best.anchor
}
