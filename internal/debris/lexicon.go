package debris

// The phrases below are the boilerplate of news pages: navigation, calls to
// share or subscribe, related-article labels, comment policies, script
// walls. They are written for marsad, Arabic first, and compared after
// normalisation (see norm): diacritics, tatweel and punctuation removed,
// alef forms, ى/ي and ة/ه folded, Latin lower-cased.

// exact lists lines that are debris when they are the whole line.
var exact = []string{
	// Arabic.
	"اقرأ المزيد", "إقرأ المزيد", "اقرا ايضا", "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضاً", "اقرأ كذلك",
	"المزيد", "للمزيد", "عرض المزيد", "تحميل المزيد", "شاهد المزيد", "المزيد من الأخبار", "المزيد من المقالات",
	"التالي", "السابق", "المقال التالي", "المقال السابق", "الخبر التالي", "الخبر السابق",
	"اشترك", "اشترك الآن", "اشتراك", "سجل الدخول", "تسجيل الدخول", "تسجيل الخروج", "القائمة", "بحث",
	"شارك", "شارك المقال", "شارك الخبر", "مشاركة", "شارك على فيسبوك", "شارك على تويتر", "انسخ الرابط", "نسخ الرابط", "طباعة",
	"تابعونا", "تابعنا", "تابعونا على", "تابعنا على", "الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا", "الأكثر شعبية",
	"مواضيع ذات صلة", "أخبار ذات صلة", "مقالات ذات صلة", "ذات صلة", "قد يهمك أيضا", "قد يعجبك أيضا", "مواضيع قد تهمك",
	"كلمات مفتاحية", "الكلمات المفتاحية", "الكلمات الدالة", "وسوم", "العلامات", "الوسوم", "مواضيع",
	"إعلان", "اعلان", "إعلانات", "محتوى إعلاني", "اضغط هنا", "انقر هنا", "جميع الحقوق محفوظة", "كل الحقوق محفوظة",
	"سياسة الخصوصية", "شروط الاستخدام", "اتصل بنا", "من نحن", "الرئيسية", "الصفحة الرئيسية",
	"التعليقات", "أضف تعليق", "أضف تعليقك", "إضافة تعليق جديد", "اترك تعليقا", "النشرة البريدية", "النشرة الإخبارية",
	"ملخص", "استمع", "استمع للمقال", "استمع إلى المقال",
	// English and other languages.
	"read more", "read also", "see also", "more", "next", "previous", "next article", "previous article",
	"advertisement", "advertising", "ad", "sponsored", "sponsored content", "skip advertisement", "continue reading",
	"subscribe", "subscribe now", "sign up", "sign in", "log in", "newsletter", "menu", "search", "close",
	"share", "share this", "share this article", "share on facebook", "share on twitter", "tweet", "email", "print",
	"copy link", "link copied", "related", "related articles", "related stories", "related news", "recommended",
	"most read", "most popular", "trending", "comments", "show comments", "view comments", "leave a comment",
	"all rights reserved", "privacy policy", "terms of use", "cookie policy", "follow us", "back to top",
	"listen to this article", "loading", "image", "photo", "video", "watch", "click here",
	"anzeige", "werbung", "weiterlesen", "mehr zum thema", "teilen", "publicité", "lire aussi", "lire la suite",
	"partager", "publicidad", "leer más", "compartir",
}

// prefixes lists phrases that make a line debris when it starts with them
// and is short (see maxPrefixWords): "اقرأ أيضاً: عنوان مقال آخر".
var prefixes = []string{
	"اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضاً", "اقرأ المزيد", "إقرأ المزيد", "اقرأ كذلك", "شاهد أيضا", "شاهد أيضاً",
	"المزيد من تقارير", "المزيد من الأخبار", "المزيد من المقالات", "المزيد من الصور", "المزيد من الفيديو", "المزيد من الفيديوهات",
	"تابعونا على", "تابعنا على", "تابعوا آخر", "للاشتراك في", "اشترك في النشرة", "اشترك في قناتنا", "اشترك الآن", "حمّل تطبيق", "حمل تطبيق",
	"الكلمات المفتاحية", "كلمات مفتاحية", "الوسوم", "وسوم", "مواضيع ذات صلة", "أخبار ذات صلة", "مقالات ذات صلة",
	"read more", "read also", "see also", "also read", "sign up for", "subscribe to",
	"follow us on", "click here", "©", "share this",
	"lesen sie auch", "mehr zum thema", "lire aussi", "à lire aussi", "leer también", "lea también",
}

// labelPrefixes are labels written with a colon ("Tags: …"): they make a
// line debris only with the colon, so that "Topics discussed included …"
// stays. They are compared with the lower-cased raw line.
var labelPrefixes = []string{"related:", "tags:", "topics:", "tagged:", "filed under:", "الوسوم:", "وسوم:", "كلمات مفتاحية:"}

// anywhere lists phrases that make a line debris wherever they stand and
// however long the line is: script walls, CMS labels and comment policies
// that no article sentence contains.
var anywhere = []string{
	"you need to enable javascript", "please enable javascript", "javascript is disabled", "enable javascript to",
	"your browser does not support", "related nodes field",
	"يحتوي هذا القسم على المقالات ذات صلة", "يحتوي هذا القسم على المقلات ذات صلة", "يرجى تفعيل جافا سكريبت",
	"ترحب شبكة cnn بالنقاش", "يجب تفعيل الجافا سكريبت",
}

// shortAnywhere lists phrases that make a line debris wherever they stand
// in it when the line is short (at most maxNoticeWords words): notices
// about cookies, rights and comments, whose words an article sentence may
// also use («جميع الحقوق محفوظة للمودعين», "users must accept cookies").
var shortAnywhere = []string{
	"we use cookies", "this site uses cookies", "this website uses cookies", "accept cookies", "cookie settings",
	"تستخدم ملفات تعريف الارتباط", "يستخدم ملفات تعريف الارتباط", "جميع الحقوق محفوظة", "all rights reserved",
	"نرحب بتعليقاتكم", "التعليقات المنشورة لا تعبر", "التعليقات لا تعبر عن رأي", "الآراء الواردة أدناه",
	"تعكس وجهات نظر أصحابها", "the views expressed in the comments", "comments are moderated", "comments have been closed",
}

// maxNoticeWords is the longest line, in words, that a shortAnywhere
// phrase marks as debris.
const maxNoticeWords = 30

// maxPrefixWords is the longest line, in words, that a prefix phrase can
// mark as debris: longer lines are likely to be article sentences.
const maxPrefixWords = 16
