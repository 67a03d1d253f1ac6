"""Word lists the labelling stages share, kept as data.

Strategy: running prose is mostly function words (articles, pronouns,
prepositions, auxiliaries); menus, link lists and headlines have few. Each
language the pages come in gets its own list of its commonest function words,
so that a German or Portuguese article reads as prose too. A page's language
is the list that covers most of its words (:func:`wireparse.text.find_language`);
a page in a language with no list (Korean, Japanese, Chinese, ...) is read
without the stopword measure rather than as having no prose.

Adding a language means adding a row to :data:`STOPWORDS`: about a hundred of
the language's commonest function words, lower-cased, written as on the page.
"""

from __future__ import annotations

from types import MappingProxyType

#: Month names and their abbreviations as printed, lower case, with their
#: numbers: "July 30" (full), "Jul 30" and "Sept. 4" (abbreviated). The
#: timestamp, dateline and caption stages read months from this one table.
MONTHS: MappingProxyType[str, int] = MappingProxyType(
    {
        "january": 1, "jan": 1,
        "february": 2, "feb": 2,
        "march": 3, "mar": 3,
        "april": 4, "apr": 4,
        "may": 5,
        "june": 6, "jun": 6,
        "july": 7, "jul": 7,
        "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9,
        "october": 10, "oct": 10,
        "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    }
)  # fmt: skip


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Function words by ISO 639-1 language code.
STOPWORDS: dict[str, frozenset[str]] = {
    # "The minister said that the talks would resume in Geneva."
    "en": _words(
        """a an the and or but if then than that this these those there their they them he she it its
        his her him we our you your i me my us who whom which what when where why how is are was were be
        been being am has have had do does did will would shall should can could may might must not no nor
        so as at by for from in into of on onto to with within without over under about after before
        between during also just only very more most some any all each both such own same other said says
        say according up out while because"""
    ),
    # "Die Regierung hat am Montag erklärt, dass die Gespräche weitergehen."
    "de": _words(
        """der die das den dem des ein eine einen einem einer eines und oder aber wenn dann als dass
        daß ist sind war waren wird werden wurde wurden hat haben hatte hatten sein seine ihr ihre es er sie
        wir ich du man nicht kein keine auch nur noch schon sehr mit von zu zum zur im in an am auf aus bei
        für über unter nach vor durch um bis sich so wie was wer wo diese dieser dieses dem den mehr kann
        können muss soll sollen"""
    ),
    # "Le ministre a déclaré que les discussions reprendraient la semaine prochaine."
    "fr": _words(
        """le la les l un une des du de d et ou mais si que qui quoi dont où est sont était étaient a ont
        avait été être il elle ils elles on nous vous je tu ce cette ces cet son sa ses leur leurs ne pas
        plus aussi très dans en à au aux sur sous par pour avec sans entre après avant comme se s y"""
    ),
    # "El ministro dijo que las conversaciones se reanudarían la próxima semana."
    "es": _words(
        """el la los las un una unos unas y o pero si que quien cual donde cuando como es son era eran fue
        fueron ha han había ser estar está están él ella ellos ellas nos se su sus lo le les no más muy
        también en de del al a por para con sin sobre entre tras este esta estos estas ese esa"""
    ),
    # "Il ministro ha detto che i colloqui riprenderanno la prossima settimana."
    "it": _words(
        """il lo la i gli le un uno una e ed o ma se che chi cui dove quando come è sono era erano fu ha
        hanno aveva essere stato stata lui lei loro noi voi si suo sua suoi sue non più anche molto in di
        del della dei delle degli dello al alla ai alle a da dal dalla per con su sul sulla tra fra questo
        questa quello quella"""
    ),
    # "O ministro disse que as negociações serão retomadas na próxima semana."
    "pt": _words(
        """o a os as um uma uns umas e ou mas se que quem qual onde quando como é são era eram foi foram
        tem têm ter ser estar está estão ele ela eles elas nós você seu sua seus suas não mais também muito
        em no na nos nas de do da dos das ao aos à às por pelo pela para com sem sobre entre este esta
        isso isto esse essa"""
    ),
    # "De minister zei dat de gesprekken volgende week worden hervat."
    "nl": _words(
        """de het een en of maar als dan dat die dit deze er hij zij ze wij we ik je u hun zijn haar is
        was waren wordt worden werd heeft hebben had niet geen ook nog al zeer in op aan van met voor door
        naar bij uit over onder tot om te zo"""
    ),
    # "Menteri itu mengatakan bahwa perundingan akan dilanjutkan pekan depan."
    "id": _words(
        """yang dan atau tetapi tapi jika kalau bahwa ini itu di ke dari pada untuk dengan dalam oleh
        akan sudah telah sedang masih juga tidak bukan ada adalah ia dia mereka kami kita saya anda karena
        sebagai seperti saat setelah sebelum antara lebih sangat hanya bisa dapat harus jadi"""
    ),
    # "Министр заявил, что переговоры возобновятся на следующей неделе."
    "ru": _words(
        """и в во не что он она оно они на я с со как а то все всё так его ее её но да ты к у же вы за бы
        по только мне было вот от меня еще ещё нет о из ему теперь когда даже ну ли если уже или ни быть
        был была были него до вас нибудь опять уж вам ведь там потом себя ничего ей может тут где есть
        надо ней для мы тебя их чем сам без будто чего раз тоже себе под будет это этот эта эти который
        которые которая"""
    ),
}

#: The language assumed when a page gives too few words to tell.
DEFAULT_LANGUAGE = "en"

#: Noise lines as scraped pages show them, by the kind the noise stage gives
#: them. They document the lexicon of :mod:`wireparse.noise` (each must be
#: labelled its kind wherever it stands) and feed the property tests, which
#: add them to pages and check that the article stays the same.
NOISE_LINES: dict[str, tuple[str, ...]] = {
    "separator": ("-", "|", "* * *", "•", "—"),
    "section_label": (
        "Most Read",
        "MOST POPULAR",
        "Related Stories",
        "Recommended articles",
        "You may also like",
        "Editor's Picks",
        "Read more",
        "More from World News",
        "More News related to Press Releases",
        "More World news",
        "Latest Sports News",
        "Trending Now",
        "ACCESS RANKING",
        "Você pode gostar...",
        "Leggi anche",
        "Lesen Sie auch",
        "Baca juga",
    ),
    "share": (
        "Share on Facebook",
        "Share",
        "Tweet",
        "Email",
        "Print",
        "Share this article",
        "Facebook Twitter LinkedIn Email",
        "Copy link",
        "Follow us",
        "E-mail This",
        "Print This",
        "Del.icio.us",
        "del.icio.usDiggRedditYahooMyWebGoogleFacebookWhat's this?",
        "Digg this",
    ),
    "subscription": (
        "Subscribe",
        "Sign up for our newsletter",
        "Sign In",
        "Register",
        "Already a subscriber? Log in",
        "Create a free account",
        "Sign up for our daily newsletter.",
        "GET OUR NEWS BY E-MAIL",
        "Get the latest news from Computerworld delivered via email.",
    ),
    "legal": (
        "Privacy Policy",
        "Terms of Use",
        "Cookie settings",
        "© 2024 Example Media Group. All rights reserved.",
        "Copyright 2019 Example News",
        "We use cookies to improve your experience on our site.",
        "Accessibility",
        "Sitemap",
    ),
    "comments": (
        "Comments",
        "12 Comments",
        "Leave a comment",
        "Post a comment",
        "Reader comments",
        "Have your say",
        "Join the discussion",
        "You must be logged in to post a comment.",
        "What do you think?",
        "34 responses to “A headline here”",
        "Thanks for your comments - this feedback is now closed",
        "Comments are now closed for this story",
    ),
    "advertising": (
        "Advertisement",
        "ADVERTISEMENT",
        "Sponsored content",
        "Story continues below advertisement",
        "Place an Ad",
        "Advertise with us",
    ),
    "menu": (
        "Home",
        "Menu",
        "Search",
        "Skip to main content",
        "Back to top",
        "Next",
        "Previous",
        "Contact us",
        "Single page view",
        "View as single page",
        "Derby County homepage",
    ),
    "boilerplate": (
        "Got a tip?",
        "Want to submit a story?",
        "Send us your news",
    ),
}
