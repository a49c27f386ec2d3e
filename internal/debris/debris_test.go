package debris

import "testing"

func TestIsDebris(t *testing.T) {
	f := New()
	tests := []struct {
		line string
		want bool
	}{
		{"اقرأ المزيد", true},
		{"إقرأ أيضاً: بوتين يلتقي علييف في دوشنبه", true},
		{"يحتوي هذا القسم على المقلات ذات صلة, الموضوعة في (Related Nodes field)", true},
		{"Sorry, you need to enable JavaScript to visit this website.", true},
		{"ترحب شبكة CNN بالنقاش الحيوي والمفيد، وكي نحافظ على مجتمعنا الرقمي، نرجو منكم الالتزام بسياسة الموقع", true},
		{"التالي", true},
		{"السابق", true},
		{"اشترك", true},
		{"Share this article", true},
		{"ADVERTISEMENT", true},
		{"© 2025", true},
		{"— | —", true},
		{"المزيد من تقارير", true},
		// Article text stays.
		{"وقال الرئيس الروسي إن المزيد من الاتفاقات سيوقع قريباً.", false},
		{"بوتين يعتذر!", false},
		{"Read more about how the talks failed in our earlier report, which covered the first round in detail and much more besides that day.", false},
		{"The summit ended with more agreements than expected.", false},
		{"ملخص الاجتماع كان إيجابياً بحسب المصادر.", false},
		{"Tags: Russia, Azerbaijan", true},
		{"related: more stories", true},
		// Sentences that share words with the lexicon stay.
		{"المزيد من القتلى في غزة جراء القصف الإسرائيلي على المخيم", false},
		{"اشترك في العملية أكثر من مئة جندي من القوات الخاصة", false},
		{"وأكد المتحدث أن تصريحات الوزير الأخيرة لا تعبر بالضرورة عن رأي الحكومة التي ستصدر بياناً رسمياً خلال الأيام المقبلة بعد اجتماع مجلس الوزراء الذي يعقد كل أسبوع في العاصمة بحضور جميع الوزراء والمستشارين", false},
		{"وقال المصرف المركزي في بيان طويل إن جميع الحقوق محفوظة للمودعين وإن الودائع مضمونة بموجب القانون الجديد الذي أقره مجلس النواب الأسبوع الماضي بعد نقاش طويل بين الكتل النيابية المختلفة حول آليات التعويض", false},
		{"Copyright holders sued the company over the use of their work.", false},
		{"Topics discussed included trade and energy.", false},
		{"Related talks are expected next week in Geneva.", false},
		{"More on that later, the minister told reporters.", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := f.IsDebris(tt.line); got != tt.want {
				t.Errorf("IsDebris(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

func TestIsCaption(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"أقر بوتين أمام علييف للمرة الأولى بدور روسيا في تحطم طائرة ركاب أذرية عام 2024 (أ ف ب) ", true},
		{"Leaders gather in Dushanbe (AFP via Getty Images)", true},
		{"قادة الدول في القمة (رويترز)", true},
		{"وهو ما علق عليه كوليسنيكوف (مراسل كوميرسانت)", false},
		{"No credit here", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := IsCaption(tt.line); got != tt.want {
				t.Errorf("IsCaption(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

func BenchmarkIsDebris(b *testing.B) {
	f := New()
	line := "وقال الرئيس الروسي فلاديمير بوتين في كلمته أمام القادة إن حجم التبادل التجاري ارتفع بنسبة سبعة في المئة."
	b.SetBytes(int64(len(line)))
	for b.Loop() {
		f.IsDebris(line)
	}
}
