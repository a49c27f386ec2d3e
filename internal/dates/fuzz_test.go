package dates

import (
	"testing"
	"time"
)

var fuzzSeeds = []string{
	"2024-07-03T10:30:00.123+03:00",
	"Wed, 03 Jul 2024 10:30:00 GMT",
	"Updated 5:04 PM EDT, Tue July 2, 2024",
	"الخميس 8 يناير 2026 - 12:30",
	"دمشق، 3 أغسطس/آب 2013 (CNN) --",
	"الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)",
	"١٥ رمضان ١٤٤٥هـ الموافق 25 مارس 2024م",
	"25 ديسمبر (كانون الأول) 2023",
	"التاسع من أغسطس (آب) 2013",
	"3 يوليو 2024 الساعة 10:30 مساءً بتوقيت مكة المكرمة",
	"3 يوليو 2024 10:30 ت.غ",
	"1436/11/5هـ",
	"24. 1. 2025 12:38",
	"05.08.2024, kl. 13.05",
	"2.52 مليار 2026-2030 1.2.2024.5",
	"1750680000000",
	"\u200f٢٠٢٤/٠٧/٠٣\u200f",
	"\xff\xfe 3 July 2024",
}

// FuzzParse checks that Parse never panics and only returns times in range.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := Parse(s, time.UTC)
		if !ok {
			return
		}
		if y := got.Year(); y < 1900 || y > 2100 {
			// A zone offset may move the instant, never the written year.
			t.Fatalf("Parse(%q) = %v, outside 1900–2100", s, got)
		}
	})
}

// FuzzFind checks that Find and FindAll never panic and return valid,
// ordered, non-overlapping offsets.
func FuzzFind(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if m, ok := Find(s, nil); ok {
			checkMatch(t, s, m)
		}
		end := 0
		for _, m := range FindAll(s, nil) {
			checkMatch(t, s, m)
			// A match read on its own gives the same time.
			if got, ok := Parse(m.Text, nil); !m.Hijri && (!ok || !got.Equal(m.Time)) {
				t.Fatalf("FindAll(%q) found %q = %v, but Parse gives %v, %v", s, m.Text, m.Time, got, ok)
			}
			if m.Start < end {
				t.Fatalf("FindAll(%q): match [%d:%d] overlaps the one before, which ends at %d", s, m.Start, m.End, end)
			}
			end = m.End
		}
	})
}

// FuzzExtract checks that Extract never panics and returns valid, ordered,
// non-overlapping expressions, with and without a reference time.
func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, true)
	}
	for _, s := range []string{
		"قبل يومين، في أغسطس (آب) الماضي، خلال الفترة من يناير إلى أبريل الماضيين",
		"تسعينيات القرن الـ20 للفترة 2026-2030 من 2020 إلى 2023 بين 2020 و2023",
		"النصف الأول من العام الحالي، أول من أمس، مساء الخميس الماضي، قبل نحو عشرين عاماً",
		"the first half of 2024, two days ago, last Friday, mid-2024, the 1990s",
		"وبالأمس للعام المقبل ووللل فف بب",
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, withRef bool) {
		ref := time.Time{}
		if withRef {
			ref = extractRef
		}
		end := 0
		for _, e := range Extract(s, ref, nil) {
			if e.Start < end || e.End <= e.Start || e.End > len(s) {
				t.Fatalf("Extract(%q): expression [%d:%d] out of order or range (previous ends at %d)", s, e.Start, e.End, end)
			}
			if s[e.Start:e.End] != e.Text {
				t.Fatalf("Extract(%q): Text %q is not text[%d:%d]", s, e.Text, e.Start, e.End)
			}
			if e.Value == "" || e.Precision == "" {
				t.Fatalf("Extract(%q): empty value in %+v", s, e)
			}
			if e.Relative && !withRef {
				t.Fatalf("Extract(%q) without ref gave relative %+v", s, e)
			}
			end = e.End
		}
	})
}
