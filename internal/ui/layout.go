package ui

import "math"

// vec is a point or a displacement in the plane.
type vec struct{ X, Y float64 }

// layoutEdge joins nodes U and V with a weight (a count of events).
type layoutEdge struct {
	U, V   int
	Weight float64
}

// layoutIterations is the number of rounds of forceLayout: enough for the
// graphs of a page (tens of nodes) to settle.
const layoutIterations = 300

// forceLayout places n nodes joined by edges in the unit square with the
// force-directed algorithm of Fruchterman and Reingold (1991): nodes repel
// one another as charges do, edges pull their ends together as springs
// do, a weak pull to the centre keeps components that share no edge from
// drifting to the corners, and a temperature that falls to zero bounds
// each round's moves. The nodes start evenly spaced on a circle, in the
// order given, and nothing is random, so the same graph always gets the
// same drawing.
func forceLayout(n int, edges []layoutEdge, iterations int) []vec {
	pos := make([]vec, n)
	switch n {
	case 0:
		return pos
	case 1:
		pos[0] = vec{0.5, 0.5}
		return pos
	}
	for i := range pos {
		a := 2*math.Pi*float64(i)/float64(n) - math.Pi/2
		pos[i] = vec{0.5 + 0.4*math.Cos(a), 0.5 + 0.4*math.Sin(a)}
	}
	k := 0.6 * math.Sqrt(1/float64(n)) // the ideal distance between nodes
	const gravity = 0.08
	t0 := 0.1
	disp := make([]vec, n)
	for it := 0; it < iterations; it++ {
		for i := range disp {
			disp[i] = vec{}
		}
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				dx, dy := pos[i].X-pos[j].X, pos[i].Y-pos[j].Y
				d := math.Hypot(dx, dy)
				if d < 1e-6 {
					// Two nodes on one point: part them the same way
					// every time.
					a := float64(i*31+j*17) * 0.7
					dx, dy, d = 1e-3*math.Cos(a), 1e-3*math.Sin(a), 1e-3
				}
				f := k * k / d
				disp[i].X += dx / d * f
				disp[i].Y += dy / d * f
				disp[j].X -= dx / d * f
				disp[j].Y -= dy / d * f
			}
		}
		for _, e := range edges {
			if e.U == e.V || e.U < 0 || e.V < 0 || e.U >= n || e.V >= n {
				continue
			}
			dx, dy := pos[e.U].X-pos[e.V].X, pos[e.U].Y-pos[e.V].Y
			d := math.Hypot(dx, dy)
			if d < 1e-9 {
				continue
			}
			f := d * d / k * (1 + 0.3*math.Log1p(e.Weight))
			disp[e.U].X -= dx / d * f
			disp[e.U].Y -= dy / d * f
			disp[e.V].X += dx / d * f
			disp[e.V].Y += dy / d * f
		}
		t := t0 * (1 - float64(it)/float64(iterations))
		for i := range pos {
			disp[i].X += (0.5 - pos[i].X) * gravity
			disp[i].Y += (0.5 - pos[i].Y) * gravity
			d := math.Hypot(disp[i].X, disp[i].Y)
			if d > 0 {
				s := math.Min(d, t) / d
				pos[i].X = clamp(pos[i].X+disp[i].X*s, 0, 1)
				pos[i].Y = clamp(pos[i].Y+disp[i].Y*s, 0, 1)
			}
		}
	}
	return pos
}

func clamp(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }

// fit scales points to fill the box [x0, x1] × [y0, y1], each axis on its
// own; a point alone, or points on a line, go to the middle of the box.
func fit(pts []vec, x0, y0, x1, y1 float64) []vec {
	if len(pts) == 0 {
		return nil
	}
	minX, minY, maxX, maxY := pts[0].X, pts[0].Y, pts[0].X, pts[0].Y
	for _, p := range pts {
		minX, maxX = math.Min(minX, p.X), math.Max(maxX, p.X)
		minY, maxY = math.Min(minY, p.Y), math.Max(maxY, p.Y)
	}
	scale := func(v, lo, hi, a, b float64) float64 {
		if hi-lo < 1e-9 {
			return (a + b) / 2
		}
		return a + (v-lo)/(hi-lo)*(b-a)
	}
	out := make([]vec, len(pts))
	for i, p := range pts {
		out[i] = vec{scale(p.X, minX, maxX, x0, x1), scale(p.Y, minY, maxY, y0, y1)}
	}
	return out
}
