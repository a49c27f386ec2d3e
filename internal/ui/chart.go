package ui

import (
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/marsad/marsad/internal/storage"
)

// timeChart is a bar chart of counts over time, drawn as SVG by the
// template "timechart" (parts.html). Coordinates are in the SVG's user
// units. Time runs left to right in both languages, as in the charts of
// Arabic newspapers.
type timeChart struct {
	Width, Height int
	// Plot area.
	Left, Top, Right, Bottom int
	// Title says what the chart shows, for <title> and screen readers;
	// Unit is "day", "week" or "month".
	Title, Unit string
	Bars        []chartBar
	XTicks      []chartTick
	YTicks      []chartTick
	Total       int
}

// chartBar is one bar: its box and what its <title> says.
type chartBar struct {
	X, Y, W, H float64
	Label      string
	Count      int
}

// chartTick is a label on an axis at position At (X for the time axis, Y
// for the counts).
type chartTick struct {
	At    float64
	Label string
}

// F formats a coordinate for SVG.
func (chartBar) F(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// Most buckets before the chart groups by a longer unit.
const (
	maxDayBuckets   = 62
	maxWeekBuckets  = 105
	maxMonthBuckets = 240
)

// newTimeChart draws days (oldest first, as EntityTimeline returns them)
// as bars per day, per week (from Monday), per month or per year, the
// shortest unit that keeps the bars few enough to see; the days between
// are zero.
func newTimeChart(l lang, title string, days []storage.DayCount) *timeChart {
	c := &timeChart{Width: 720, Height: 220, Left: 44, Top: 12, Right: 706, Bottom: 188, Title: title}
	type point struct {
		t time.Time
		n int
	}
	var pts []point
	for _, d := range days {
		t, err := time.Parse("2006-01-02", d.Day)
		if err != nil {
			continue
		}
		pts = append(pts, point{t, d.Articles})
		c.Total += d.Articles
	}
	if len(pts) == 0 {
		return nil
	}
	slices.SortStableFunc(pts, func(a, b point) int { return a.t.Compare(b.t) })
	first, last := pts[0].t, pts[len(pts)-1].t
	span := int(last.Sub(first).Hours()/24) + 1
	var start func(time.Time) time.Time
	var step func(time.Time) time.Time
	switch {
	case span <= maxDayBuckets:
		c.Unit = "day"
		start = func(t time.Time) time.Time { return t }
		step = func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }
	case span <= maxWeekBuckets*7:
		c.Unit = "week"
		start = func(t time.Time) time.Time { return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)) }
		step = func(t time.Time) time.Time { return t.AddDate(0, 0, 7) }
	case span <= maxMonthBuckets*30:
		c.Unit = "month"
		start = func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) }
		step = func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }
	default:
		c.Unit = "year"
		start = func(t time.Time) time.Time { return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC) }
		step = func(t time.Time) time.Time { return t.AddDate(1, 0, 0) }
	}
	type bucket struct {
		t time.Time
		n int
	}
	var buckets []bucket
	for t := start(first); !t.After(last); t = step(t) {
		buckets = append(buckets, bucket{t: t})
	}
	for i, j := 0, 0; i < len(pts); i++ {
		s := start(pts[i].t)
		for j < len(buckets)-1 && buckets[j].t.Before(s) {
			j++
		}
		buckets[j].n += pts[i].n
	}
	most := 1
	for _, b := range buckets {
		most = max(most, b.n)
	}
	// A round top for the axis: 1, 2, 5, 10, 20, 50 …
	top := niceCeil(most)
	plotW := float64(c.Right - c.Left)
	plotH := float64(c.Bottom - c.Top)
	slot := plotW / float64(len(buckets))
	gap := min(slot*0.2, 4)
	for i, b := range buckets {
		h := plotH * float64(b.n) / float64(top)
		label := l.bucketLabel(c.Unit, b.t) + ": " + strconv.Itoa(b.n)
		c.Bars = append(c.Bars, chartBar{
			X: float64(c.Left) + float64(i)*slot + gap/2, W: max(slot-gap, 1),
			Y: float64(c.Bottom) - h, H: h, Label: label, Count: b.n,
		})
	}
	// Up to six labels on the time axis, at the middle of their bars.
	ticks := min(6, len(buckets))
	for k := 0; k < ticks; k++ {
		i := 0
		if ticks > 1 {
			i = k * (len(buckets) - 1) / (ticks - 1)
		}
		c.XTicks = append(c.XTicks, chartTick{
			At:    float64(c.Left) + (float64(i)+0.5)*slot,
			Label: l.tickLabel(c.Unit, buckets[i].t),
		})
	}
	ys := []int{0}
	if top >= 2 && top%2 == 0 {
		ys = append(ys, top/2)
	}
	for _, v := range append(ys, top) {
		c.YTicks = append(c.YTicks, chartTick{At: float64(c.Bottom) - plotH*float64(v)/float64(top), Label: strconv.Itoa(v)})
	}
	return c
}

// niceCeil returns the least of 1, 2, 5, 10, 20, 50, … that is at least n.
func niceCeil(n int) int {
	for p := 1; ; p *= 10 {
		for _, m := range []int{1, 2, 5} {
			if m*p >= n {
				return m * p
			}
		}
	}
}

func (l lang) bucketLabel(unit string, t time.Time) string {
	switch unit {
	case "week":
		end := t.AddDate(0, 0, 6)
		return l.Date(t) + " – " + l.Date(end)
	case "month":
		return l.Month(t)
	case "year":
		return strconv.Itoa(t.Year())
	}
	return l.Date(t)
}

func (l lang) tickLabel(unit string, t time.Time) string {
	switch unit {
	case "week":
		return l.Date(t)
	case "month":
		return l.Month(t)
	case "year":
		return strconv.Itoa(t.Year())
	}
	return l.ShortDate(t)
}

// F formats a coordinate for SVG.
func (c *timeChart) F(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// ViewBox is the SVG's viewBox.
func (c *timeChart) ViewBox() string { return fmt.Sprintf("0 0 %d %d", c.Width, c.Height) }
