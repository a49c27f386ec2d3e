package terms

import "testing"

func TestArabicNormalizer(t *testing.T) {
	runStreamTests(t, withTokenFilters(arabicNormalizer{}), []streamTest{
		{"hamza on alef", "أذربيجان إيران آسيا", []span{{"اذربيجان", "أذربيجان"}, {"ايران", "إيران"}, {"اسيا", "آسيا"}}},
		{"alef wasla", "ٱلكتاب", []span{{"الكتاب", "ٱلكتاب"}}},
		{"alef maqsura", "فى على", []span{{"في", "فى"}, {"علي", "على"}}},
		{"teh marbuta", "الطاجيكية كبيرة", []span{{"الطاجيكيه", "الطاجيكية"}, {"كبيره", "كبيرة"}}},
		{"hamza on waw and yeh", "مسؤول رئيس", []span{{"مسوول", "مسؤول"}, {"رييس", "رئيس"}}},
		{"lone hamza is kept", "شيء جزء", same("شيء", "جزء")},
		{"Persian letters", "ایران کابل", []span{{"ايران", "ایران"}, {"كابل", "کابل"}}},
		{"Latin is untouched", "Â", same("Â")},
	})
}
