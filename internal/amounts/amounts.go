// Package amounts finds the amounts of an Arabic or English news text —
// money, percentages, counts of people and things, durations and
// distances — with their meaning: the value after scale words, the unit,
// whether the amount is a level, a change (and which way) or a share,
// whether it is approximate, what it measures and for which period, and the
// span of text it came from.
//
// # Numbers
//
// Digits of any script with either decimal mark (2.52, ٢٫٥٢, 2,5; 1,800 and
// 1.800 group thousands, 935ر6 is the Saudi press's 6.935), number words
// (سبعة/سبع، أحد عشر، خمسة وعشرون، مئة وخمسون، ثلاثمئة), scale words (ألف،
// آلاف، مليون، مليار، bn, million), duals (مليارين، ألفين), fractions (نصف
// مليون، مليار ونصف), vague plurals as approximate counts (عشرات = 10, مئات
// الآلاف = 100000), and English words (two, twenty).
//
// # Units and kinds
//
// A unit is read right after the number (see lexicon.go): a currency noun
// with an optional country adjective (دولار أميركي → USD, جنيه مصري → EGP,
// ليرة تركية → TRY; a currency symbol may come first: $5bn), percent (في
// المئة، بالمئة، %), percentage or basis points, a measure (طن، برميل، نقطة),
// a duration (ساعة، يوم، عام), a distance (كيلومتر، متر), or else the counted
// noun (1800 شركة → count of شركة). A dual with no number is two of its
// noun (يومين، الصاروخين — with the article only for nouns that news
// counts). A unit of time after an approximation word is one of it (قرابة
// العام).
//
// Counts, durations and distances have their own kinds. Money, percent,
// points and measures take the kind of the nearest cue before them in the
// sentence: a change cue (ارتفع، تراجع، rose, fell) gives a change with its
// Direction — unless إلى/من/to/from stands right before the number, which
// makes it the level reached; a level cue (بلغ، ليصل إلى، بقيمة، reached)
// a level; a share cue (حصة، نسبة، يمثل) a share. With no cue, a percent
// followed by من/of or after بنسبة is a share and anything else a level.
//
// Value is always positive; a change says its direction in Direction, as
// the guidelines ask.
//
// # Not amounts
//
// Years (an integer from 1800 to 2100 with no unit, any integer after عام
// or سنة, a number before هـ or م), ranges of years (2026-2030), days of a
// month (15 يوليو), clock times and numeric dates (10:30, 21/7/2015), ordinals
// (الـ80, 1st), numbers of names and references (المادة 5، القرار 2254،
// كوفيد-19, G20 is one word token), «قبل يومين» (a date), and bare numbers
// with no unit and no cue.
//
// # Object and period
//
// See scan.object and scan.periods: the object is the subject of the change
// or level verb, or the phrase of a share noun, or the object of the amount
// before it when a chain cue (ليصل إلى) links them; the period is the
// nearest time phrase after the amount in the sentence, or else before it.
package amounts

import (
	"sync"

	"github.com/marsad/marsad/internal/doc"
)

// Amount is a number that measures something, with its meaning.
type Amount struct {
	// Value is the number after scale words and unit factors: 2.52 مليار →
	// 2520000000, 19 هللة → 0.19. A change keeps it positive.
	Value float64
	// Unit is an ISO 4217 code for money (USD, SAR, EUR …, or the currency
	// noun when the country is not said: دينار), "%" for percent, "pp" and
	// "bp" for percentage and basis points, a unit code for durations,
	// distances and measures (hour, day, month, year, km, m, tonne, barrel,
	// point), the counted noun's singular for counts (شركة، قتيل), or "" for
	// a count with no noun.
	Unit string
	// Kind is level, change, share, count, duration or distance.
	Kind string
	// Direction is "up" or "down" for a change, "" otherwise.
	Direction string
	// Approx is true after نحو، قرابة، أكثر من, about … and for vague counts
	// (عشرات).
	Approx bool
	// Object is the measured thing as the sentence says it, "" if none.
	Object string
	// Period is the time the amount refers to: a year ("2024"), a range of
	// years, or a period phrase as written; "" if none.
	Period string
	// Start and End are byte offsets into the Doc's Text, End exclusive.
	Start, End int
	// Text is the Doc's Text[Start:End].
	Text string
}

var defaultFinder = sync.OnceValue(NewFinder)

// Find returns the amounts of d with a Finder built once and shared.
func Find(d *doc.Doc) []Amount { return defaultFinder().Find(d) }
