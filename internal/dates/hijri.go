package dates

import (
	"time"

	"github.com/hablullah/go-hijri"
)

// The Umm al-Qura table of go-hijri covers 1 Muharram 1356 (14 March 1937)
// to 30 Dhu al-Hijja 1500 (16 November 2077); its ToGregorian indexes the
// table without a bounds check, so years outside are refused here.
const (
	firstHijriYear = 1356
	lastHijriYear  = 1500
)

// hijriToGregorian converts a date of the Umm al-Qura calendar, Saudi
// Arabia's official Hijri calendar (the one Gulf media print), to the
// Gregorian date of the same day. It reports false for a date that does not
// exist, such as the 30th of a month of 29 days, or lies outside the table.
func hijriToGregorian(y, m, d int) (int, time.Month, int, bool) {
	if y < firstHijriYear || y > lastHijriYear || m < 1 || m > 12 || d < 1 || d > 30 {
		return 0, 0, 0, false
	}
	g := hijri.UmmAlQuraDate{Year: int64(y), Month: int64(m), Day: int64(d)}.ToGregorian()
	// The 30th of a 29-day month comes back as the 1st of the next month.
	back, err := hijri.CreateUmmAlQuraDate(g)
	if err != nil || back.Year != int64(y) || back.Month != int64(m) || back.Day != int64(d) {
		return 0, 0, 0, false
	}
	gy, gm, gd := g.Date()
	return gy, gm, gd, true
}
