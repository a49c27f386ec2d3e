package ui

import (
	"math"
	"reflect"
	"testing"

	"github.com/marsad/marsad/internal/storage"
)

func TestTimeChartUnits(t *testing.T) {
	for _, tc := range []struct {
		name  string
		days  []storage.DayCount
		unit  string
		bars  int
		total int
	}{
		{"one day", []storage.DayCount{{Day: "2025-10-10", Articles: 3}}, "day", 1, 3},
		{"a month by day", []storage.DayCount{{Day: "2025-10-01", Articles: 1}, {Day: "2025-10-31", Articles: 2}}, "day", 31, 3},
		{"a year by week", []storage.DayCount{{Day: "2025-01-01", Articles: 1}, {Day: "2025-12-31", Articles: 1}}, "week", 53, 2},
		{"years by month", []storage.DayCount{{Day: "2020-01-15", Articles: 1}, {Day: "2025-12-31", Articles: 4}}, "month", 72, 5},
		{"decades by year", []storage.DayCount{{Day: "1990-06-01", Articles: 1}, {Day: "2025-01-01", Articles: 1}}, "year", 36, 2},
		{"unsorted, with a bad day", []storage.DayCount{{Day: "2025-10-03", Articles: 1}, {Day: "bad", Articles: 9}, {Day: "2025-10-01", Articles: 1}}, "day", 3, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newTimeChart(english, "t", tc.days)
			if c.Unit != tc.unit || len(c.Bars) != tc.bars || c.Total != tc.total {
				t.Fatalf("got unit %s, %d bars, total %d; want %s, %d, %d", c.Unit, len(c.Bars), c.Total, tc.unit, tc.bars, tc.total)
			}
			sum := 0
			for i, b := range c.Bars {
				sum += b.Count
				if b.H < 0 || b.Y+b.H > float64(c.Bottom)+1e-9 || b.X < float64(c.Left) || b.X+b.W > float64(c.Right)+1e-9 {
					t.Errorf("bar %d %+v outside the plot", i, b)
				}
			}
			if sum != tc.total {
				t.Errorf("bars count %d, want %d", sum, tc.total)
			}
			if len(c.YTicks) < 2 || c.YTicks[0].Label != "0" {
				t.Errorf("y ticks %+v, want 0 first", c.YTicks)
			}
		})
	}
	if c := newTimeChart(arabic, "t", nil); c != nil {
		t.Errorf("chart of no days = %+v, want nil", c)
	}
}

func TestForceLayout(t *testing.T) {
	edges := []layoutEdge{{0, 1, 4}, {1, 2, 1}, {2, 0, 1}, {3, 4, 2}, {0, 3, 1}}
	a := forceLayout(6, edges, layoutIterations)
	b := forceLayout(6, edges, layoutIterations)
	if !reflect.DeepEqual(a, b) {
		t.Fatalf("layout differs between runs:\n%v\n%v", a, b)
	}
	for i, p := range a {
		if math.IsNaN(p.X) || math.IsNaN(p.Y) || p.X < 0 || p.X > 1 || p.Y < 0 || p.Y > 1 {
			t.Errorf("node %d at %v, outside the unit square", i, p)
		}
		for j := i + 1; j < len(a); j++ {
			if d := math.Hypot(p.X-a[j].X, p.Y-a[j].Y); d < 0.02 {
				t.Errorf("nodes %d and %d on top of each other (%.3f apart)", i, j, d)
			}
		}
	}
	// Joined nodes end closer than the node joined to nothing is to them.
	dist := func(i, j int) float64 { return math.Hypot(a[i].X-a[j].X, a[i].Y-a[j].Y) }
	if dist(0, 1) >= dist(0, 5) {
		t.Errorf("edge 0–1 is %.3f long, farther than the lone node 5 (%.3f)", dist(0, 1), dist(0, 5))
	}
	if got := forceLayout(1, nil, 10); got[0] != (vec{0.5, 0.5}) {
		t.Errorf("one node at %v, want the centre", got[0])
	}
	if got := forceLayout(0, nil, 10); len(got) != 0 {
		t.Errorf("no nodes: %v", got)
	}
	// Nodes on one point, and bad edges, do not break it.
	for _, p := range forceLayout(3, []layoutEdge{{0, 0, 1}, {0, 7, 1}, {-1, 2, 1}}, 5) {
		if math.IsNaN(p.X) || math.IsNaN(p.Y) {
			t.Fatal("NaN position")
		}
	}
}

func TestDrawGraph(t *testing.T) {
	g := &storage.Graph{
		Nodes: []storage.GraphNode{
			{ID: "per:a", Name: "A", NameAr: "أ", Type: "PER", Events: 5},
			{ID: "gpe:b", Name: "B", Type: "GPE", Events: 3},
			{ID: "org:c", Name: "C", NameAr: "ج", Type: "ORG", Events: 2},
		},
		Edges: []storage.GraphEdge{
			{Source: "gpe:b", Target: "per:a", Total: 3, Count: map[string]int{"verbal cooperation": 1, "material conflict": 2}},
			{Source: "org:c", Target: "per:a", Total: 2, Count: map[string]int{"verbal conflict": 1, "material cooperation": 1}},
			{Source: "org:c", Target: "per:zzz", Total: 1, Count: map[string]int{"verbal conflict": 1}},
		},
	}
	v := &graphView{}
	drawGraph(arabic, v, g)
	if len(v.Nodes) != 3 || len(v.Edges) != 2 {
		t.Fatalf("got %d nodes and %d edges, want 3 and 2 (an edge to an unknown node is left out)", len(v.Nodes), len(v.Edges))
	}
	if v.Nodes[0].Name != "أ" || v.Nodes[1].Name != "B" {
		t.Errorf("names %q %q, want the Arabic name, else the English one", v.Nodes[0].Name, v.Nodes[1].Name)
	}
	// The tie between conflict and cooperation goes to conflict.
	if v.Edges[0].Class != "q-mconf" || v.Edges[1].Class != "q-vconf" {
		t.Errorf("edge classes %s %s, want q-mconf q-vconf", v.Edges[0].Class, v.Edges[1].Class)
	}
	if v.Edges[0].Stroke <= v.Edges[1].Stroke {
		t.Errorf("the heavier edge is not wider: %v <= %v", v.Edges[0].Stroke, v.Edges[1].Stroke)
	}
	for _, n := range v.Nodes {
		if n.X < 0 || n.X > float64(v.Width) || n.Y < 0 || n.Y > float64(v.Height) || n.Anchor == "" {
			t.Errorf("node %+v outside the drawing or without a label", n)
		}
	}
}
