package quotes

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"testing"
)

var dumpGold = flag.Bool("dump-gold", false, "print the sample's gold quotations as JSON")

const samplePath = "../../samples/independent-arabia-putin-aliyev-dushanbe.txt"

// sampleEntities are the entities of the sample, by the strings their
// mentions are written as (the entity layer links titles and patronymics).
var sampleEntities = []entitySpec{
	{"Q7747", "Vladimir Putin", "PER", []string{"بوتين", "فلاديمير بوتين", "الرئيس الروسي", "فلاديمير فلاديميروفيتش"}},
	{"Q152451", "Ilham Aliyev", "PER", []string{"علييف", "عليف", "إلهام علييف", "الرئيس الأذري", "إلهام حيدروفيتش"}},
	{"kolesnikov", "Andrei Kolesnikov", "PER", []string{"أندريه كوليسنيكوف", "كوليسنيكوف"}},
	{"Q1142549", "Kommersant", "ORG", []string{"كوميرسانت"}},
}

const (
	putin      = "Vladimir Putin"
	aliyev     = "Ilham Aliyev"
	kolesnikov = "Andrei Kolesnikov"
	kommersant = "Kommersant"
)

// sampleGold are the sample's quotations by ../shared/eval/GUIDELINES.md.
var sampleGold = []Gold{
	{Speaker: kolesnikov, Kind: Direct, Text: "الجميع توافدوا على دوشنبه، باستثناء سيرغي لافروف وزير الخارجية، لكنه سيكون هناك قريباً"},
	{Speaker: putin, Kind: Direct, Text: "أود أن أبدأ اجتماعنا بالموضوع الأكثر حساسية، مأساة الطيران التي وقعت في سمائنا. وحتى في تلك اللحظة، في مكالمتنا الهاتفية الأولى، لم أعتذر فقط عن وقوع المأساة في الأجواء الروسية، بل عبرت عن خالص تعازي لأسر الضحايا. أود أن أكرر هذا وأؤكده، وأقول إنه كما اتفقنا، سنقدم كل مساعدة ممكنة للتحقيق"},
	{Speaker: putin, Kind: Direct, Text: "إن الأمر يرتبط بعدة ظروف. أولها وجود طائرة أوكرانية مسيرة في الجو. كنا نتتبع ثلاث طائرات مسيرة من هذا النوع في آن واحد، وقد عبرت الحدود الروسية ليلة وقوع المأساة"},
	{Speaker: putin, Kind: Indirect, Text: "السبب الثاني وهو ما شاب نظام الدفاع الجوي الروسي من أعطال فنية"},
	{Speaker: putin, Kind: Direct, Text: "الصاروخين اللذين أطلقا لم يصيبا الطائرة مباشرة، ولو حدث ذلك لكانت تحطمت على الفور، بل انفجرا... ربما كان انفجاراً ذاتياً... على بعد أمتار قليلة، في مكان ما حول 10 أمتار. وهكذا وقعت الإصابة، ولكن ليس بالأساس من الرؤوس الحربية، بل على الأرجح من حطام الصاروخين أنفسهما"},
	{Speaker: putin, Kind: Direct, Text: "لهذا السبب ظن الطيار أنها اصطدام بسرب طيور، وأبلغ مراقبي الحركة الجوية الروسية بذلك، وكل هذا مسجل في ما يسمى الصناديق السوداء. كما عرض عليه، وهذا مسجل أيضاً في الصناديق السوداء، ويمكنك سماعه بوضوح، الهبوط في محج قلعة (عاصمة داغستان في شمال القوقاز)، لكنه قرر العودة إلى مطار بلاده في كازاخستان. ومع ذلك تبقى الحقيقة واقعة"},
	{Speaker: putin, Kind: Direct, Text: "فإن مصالحنا المتبادلة في عديد من المجالات تتطابق، وهي قريبة جداً"},
	{Speaker: putin, Kind: Direct, Text: "سوف يجري اتخاذ كل ما يلزم في مثل هذه الحالات المأسوية من الجانب الروسي في ما يتعلق بالتعويضات، وسيجري تقييم تصرفات جميع المسؤولين قانونياً"},
	{Speaker: aliyev, Kind: Direct, Text: "شكراً جزيلاً لك يا فلاديمير فلاديميروفيتش"},
	{Speaker: kolesnikov, Kind: Direct, Text: "قالها، ربما من القلب"},
	{Speaker: aliyev, Kind: Direct, Text: "أولاً، أود أن أعرب عن امتناني للقاء. وكما ذكرت أجرينا محادثة قصيرة في بكين"},
	{Speaker: kolesnikov, Kind: Direct, Text: "أن الحديث بين الرئيسين كان عابراً لدرجة أن كثيرين قالوا إنه لا أمل في تجاوز الأزمة"},
	{Speaker: aliyev, Kind: Direct, Text: "وقبل يومين فحسب، اتصلت بك بمناسبة عيد ميلادك. وأود أن أغتنم هذه الفرصة لأهنئك مجدداً، وأتمنى لك ولأحبائك وللشعب الروسي الصديق كل التوفيق. أود أيضاً أن أشكركم على إشرافكم الشخصي على هذا الوضع. وكما ناقشنا مراراً، وأعضاء فرقنا على تواصل دائم، فأنتم تشرفون شخصياً على التحقيق، ولم يكن لدينا أدنى شك في أن التحقيق سيحل كل شيء بموضوعية"},
	{Speaker: aliyev, Kind: Direct, Text: "لذلك، أود أن أعرب مجدداً عن امتناني لرأيكم بضرورة مناقشة هذه المسألة في هذا الاجتماع"},
	{Speaker: aliyev, Kind: Direct, Text: "إن الأمر المهم التالي هو... أنني أشكركم على ما قدمتم من معلومات، وأنا على ثقة بأن الرسائل التي نرسلها إلى شعبينا اليوم ستحظى بالقدر نفسه من الاستقبال الجيد"},
	{Speaker: kommersant, Kind: Indirect, Optional: true, Text: "الرئيسين واصلا حديثهما على انفراد، قبيل انعقاد القمة \"روسيا وبلدان آسيا الوسطي\""},
	{Speaker: putin, Kind: Indirect, Text: "العلاقات التجارية والاقتصادية بين روسيا وأذربيجان آخذة في التطور، على رغم بعض الفروق الدقيقة"},
	{Speaker: aliyev, Kind: Direct, Text: "جميع خرائط الطريق بين روسيا وأذربيجان تنفذ بنجاح"},
	{Speaker: aliyev, Kind: Indirect, Optional: true, Text: "جدول الأعمال بين البلدين بأنه واسع وإيجابي"},
	{Speaker: "", Kind: Direct, Optional: true, Text: "روسيا تحتل المرتبة الثالثة بين شركاء أذربيجان التجاريين، بعد إيطاليا وتركيا. وتتجاوز حصة روسيا من تجارة أذربيجان 10 في المئة. وتعمل في أذربيجان أكثر من 1800 شركة برأس مال روسي، ويجري تنفيذ عشرات المشاريع الاستثمارية، بما في ذلك مشاريع في مجال إنتاج المنتجات ذات القيمة المضافة العالية"},
	{Speaker: putin, Kind: Indirect, Optional: true, Text: "تمسكه بما سبق وأحرزه بطرس الأول من انتصاراًت"},
	{Speaker: putin, Kind: Indirect, Text: "يحذو حذو بطرس الأول، وإنه يحرص على استعادة لملمة ما وصل بطرس الأعظم إليه من أراض"},
	{Speaker: putin, Kind: Direct, Optional: true, Text: "يدعم توسيع رابطة الدول المستقلة"},
	{Speaker: putin, Kind: Direct, Text: "نحن ندعم القرار الأساس الذي جرى اتخاذه اليوم لإنشاء شكل جديد من العمل (رابطة الدول المستقلة+). إن الشكل الجديد سيسمح بمشاركة أكثر نشاطاً للدول الأخرى في أنشطة رابطة الدول المستقلة"},
	{Speaker: putin, Kind: Direct, Text: "أن دول رابطة الدول المستقلة لم تنجح في الحفاظ على \"منصة للتواصل\" فيما بينها وحسب، بل وأيضاً في إنشاء سوق مشتركة ومساحة إنسانية. وارتفع حجم التبادل التجاري بين روسيا ودول رابطة الدول المستقلة بنسبة سبعة في المئة ليصل إلى 112 مليار دولار أميركي عام 2024. وتجرى جميع التسوياًت المتبادلة تقريباً بالعملات الوطنية"},
	{Speaker: putin, Kind: Indirect, Text: "دول \"رابطة الدول المستقلة\" لا تمتنع عن استخدام أدوات الدفع والعملات الأخرى"},
	{Speaker: putin, Kind: Direct, Text: "هذا ببساطة يعزز استقلالنا وسيادتنا"},
	{Speaker: putin, Kind: Indirect, Text: "روسيا ستدعم أي جهة ترغب في إدخال أدوات وآليات جديدة تعزز قدرات دول رابطة الدول المستقلة"},
	{Speaker: putin, Kind: Direct, Text: "الابتكار والرقمنة والاستخدام الشامل والعقلاني للموارد الطبيعية أمور مهمة هنا - وهذا أمر لا جدال فيه"},
	{Speaker: putin, Kind: Indirect, Text: "مكافحة الإرهاب والتطرف مجال عمل مهم"},
	{Speaker: putin, Kind: Direct, Text: "وبالطبع، لا يسعني إلا أن أتفق، كما قال إلهام حيدروفيتش (علييف)، على أهمية تعاوننا في المجال الإنساني"},
	{Speaker: putin, Kind: Direct, Text: "لقد تبادلت بالفعل المعلومات مع بعض زملائي، وأطلعتهم على نتائج عملنا في أنكوريج في ألاسكا، مع الأميركيين حول تسوية الوضع في أوكرانيا. ستتاح لنا فرصة اللقاء مجدداً في جو أكثر حميمية، وأود أن أطلعكم بمزيد من التفصيل في هذه المجموعة الصغيرة على النتائج، التي ننظر إليها عموماً بإيجابية. وسنبني بالتأكيد عملنا اللاحق لحل النزاع في أوكرانيا على المبادئ الأساسية التي ناقشناها في ألاسكا"},
}

func readSample(t testing.TB) string {
	b, err := os.ReadFile(samplePath)
	if err != nil {
		t.Skipf("sample not readable: %v", err)
	}
	return string(b)
}

// TestSample scores Find on the sample against its gold and checks the
// issue's targets: quotation F1 ≥ 0.90 and speaker accuracy ≥ 0.90.
func TestSample(t *testing.T) {
	text := readSample(t)
	if *dumpGold {
		b, _ := json.MarshalIndent(sampleGold, "", "  ")
		fmt.Println(string(b))
	}
	d := analyse(t, text, "ar")
	ents := entities(text, sampleEntities)
	got := Find(d, ents)
	gold := Locate(d, sampleGold)
	c := Match(d, got, gold)
	if c.Unlocated > 0 {
		t.Errorf("got %d gold texts not found in the sample, want 0", c.Unlocated)
	}
	p, r, f := c.PRF()
	t.Logf("sample: %d quotations found; P %.3f R %.3f F1 %.3f (TP %d FP %d FN %d); speaker accuracy %.3f (%d/%d)",
		len(got), p, r, f, c.TP, c.FP, c.FN, c.SpeakerAccuracy(), c.SpeakerRight, c.SpeakerTotal)
	if f < 0.90 {
		t.Errorf("quotation F1 %.3f, want ≥ 0.90", f)
	}
	if c.SpeakerAccuracy() < 0.90 {
		t.Errorf("speaker accuracy %.3f, want ≥ 0.90", c.SpeakerAccuracy())
	}
	for _, q := range got {
		if q.Start < 0 || q.End > len(text) || q.Start >= q.End || text[q.Start:q.End] != q.Text {
			t.Errorf("quotation %q has bad offsets [%d,%d)", q.Text, q.Start, q.End)
		}
		if testing.Verbose() {
			t.Logf("%-8s %-18s cue=%q %q", q.Kind, q.SpeakerName, q.Cue, q.Text)
		}
	}
}

// BenchmarkFindSample measures Find on the sample in tokens per second
// (tokenizing and sentence splitting excluded).
func BenchmarkFindSample(b *testing.B) {
	text := readSample(b)
	d := analyse(b, text, "ar")
	ents := entities(text, sampleEntities)
	f := NewFinder()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		f.Find(d, ents)
	}
	b.ReportMetric(float64(len(d.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// TestFindConcurrent runs one Finder from several goroutines (run with
// -race): a Finder is read-only after NewFinder.
func TestFindConcurrent(t *testing.T) {
	text := readSample(t)
	ents := entities(text, sampleEntities)
	f := NewFinder()
	want := len(f.Find(analyse(t, text, "ar"), ents))
	done := make(chan int)
	for range 4 {
		go func() {
			d := analyse(t, text, "ar")
			done <- len(f.Find(d, ents))
		}()
	}
	for range 4 {
		if got := <-done; got != want {
			t.Errorf("concurrent Find gave %d quotations, want %d", got, want)
		}
	}
}
