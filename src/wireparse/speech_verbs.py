"""The lexicon of attribution cues: verbs of saying, reporting, and stance.

Each row of :data:`CUE_VERBS` is one verb: the inflected forms that act as a
cue, its group, and a real example from news copy. The code in
:mod:`wireparse.attributions` reads only these tables; adding a verb is adding
a row.

Groups:

- ``saying``: the act of speaking or writing ("said", "told", "wrote").
- ``reporting``: reporting, announcing, revealing ("reported", "announced").
- ``arguing``: claims, denials, accusations ("insisted", "denied", "accused").
- ``asking``: questions, requests and calls ("asked", "urged").
- ``evaluating``: praise and criticism ("criticized", "praised").
- ``stance``: beliefs, wishes and expectations ("believes", "believe" "hopes").

Forms that are more often something else in news prose are left out (see
:data:`LEFT_OUT`): mostly nouns ("states", "attacks", "remarks", "plans"),
and beliefs whose clause is rarely reported as attributed content
("thought", "believed"). Stance forms whose object is not always a claim
("believes", "thinks", "think" "found", "worried", "doubts") are cues only before a
"that" clause or a quotation (:data:`CLAUSE_ONLY`).
"""

from __future__ import annotations

#: (forms, group, example). Forms are lower case; the first form is the one
#: most often seen in wire copy.
CUE_VERBS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    # -- saying
    (("said", "says", "say", "saying"), "saying", "the Financial Times said on Saturday"),
    (("told", "tells", "telling"), "saying", "he told Reuters"),
    (("added", "adds", "adding"), "saying", "“We will win,” he added."),
    (("wrote", "writes"), "saying", "Smith wrote in a blog post"),
    (("tweeted", "tweeting"), "saying", "Trump tweeted on Tuesday"),
    (("stated", "stating"), "saying", "the ministry stated that"),
    (("explained", "explains", "explaining"), "saying", "she explained that the plan"),
    (("continued",), "saying", "“It is over,” he continued."),
    (("replied", "replies", "replying"), "saying", "the spokesman replied that"),
    (("responded",), "saying", "the company responded that"),
    (("remarked",), "saying", "he remarked that"),
    (("recalled", "recalls", "recalling"), "saying", "she recalled that"),
    (("mentioned", "mentions", "mentioning"), "saying", "he mentioned that"),
    (("joked", "jokes", "joking"), "saying", "he joked that"),
    (("quipped", "quips"), "saying", "the senator quipped"),
    (("shouted", "yelled", "chanted"), "saying", "the crowd chanted"),
    (("commented",), "saying", "the analyst commented that"),
    (("reiterated", "reiterates", "reiterating"), "saying", "the minister reiterated that"),
    (("repeated", "repeating"), "saying", "he repeated that"),
    (("echoed",), "saying", "she echoed the view"),
    (("testifies",), "saying", "the director testified that"),
    (("conceded", "concedes", "conceding"), "saying", "he conceded that"),
    (("admitted", "admits"), "saying", "the bank admitted that"),
    (
        ("acknowledged", "acknowledges", "acknowledging", "acknowledge"),
        "saying",
        "officials acknowledged that",
    ),
    (("stressed", "stresses", "stressing"), "saying", "the minister stressed that"),
    (("emphasized", "emphasised", "emphasizes", "emphasizing"), "saying", "she emphasized that"),
    (("noted", "notes", "noting"), "saying", "the report noted that"),
    (("observes",), "saying", "as one analyst observed"),
    (("pointed out", "points out", "pointing out"), "saying", "he pointed out that"),
    (("wondered", "wonders"), "saying", "she wondered whether"),
    # -- reporting
    (("reported",), "reporting", "the Financial Times reported"),
    (("announced", "announces", "announcing"), "reporting", "the company announced on Monday"),
    (("revealed", "reveals", "revealing"), "reporting", "the documents revealed that"),
    (("disclosed", "discloses"), "reporting", "the bank disclosed that"),
    (("confirmed", "confirms", "confirming"), "reporting", "a spokesman confirmed that"),
    (("predicted", "predicts", "predicting"), "reporting", "the poll predicted"),
    (("forecast", "forecasts"), "reporting", "the bank forecast growth"),
    (("concluded", "concludes"), "reporting", "the inquiry concluded that"),
    (("found", "finds"), "reporting", "the study found that"),
    (("showed", "shows"), "reporting", "polls show that"),
    (("show",), "reporting", "FEC records show he backed both candidates"),
    (("indicated", "indicates"), "reporting", "the data indicated that"),
    (("signaled", "signalled"), "reporting", "the Fed signaled that"),
    (("declared", "declares", "declaring"), "reporting", "he declared victory"),
    (("cited", "citing"), "reporting", "the newspaper, citing officials, said"),
    (("described", "describes", "describing"), "reporting", "he described the deal as"),
    (("predicted",), "reporting", "economists predicted a rise"),
    # -- arguing
    (("argued", "argues", "arguing", "argue"), "arguing", "critics argued that"),
    (("claimed", "claiming"), "arguing", "the group claimed responsibility"),
    (("insisted", "insists", "insisting", "insist"), "arguing", "the minister insisted that"),
    (("suggested", "suggests", "suggesting", "suggest"), "arguing", "Ukraine’s defense ministry suggested"),
    (("warned", "warns", "warning", "warn"), "arguing", "the IMF warned that"),
    (("denied", "denies", "deny"), "arguing", "North Korea and Russia deny"),
    (("accused", "accuses", "accusing"), "arguing", "the United States has accused North Korea"),
    (("alleged", "alleges"), "arguing", "prosecutors alleged that"),
    (("asserted", "asserts", "asserting"), "arguing", "he asserted that"),
    (("contended", "contends"), "arguing", "the lawsuit contends that"),
    (("countered", "counters"), "arguing", "the union countered that"),
    (("blamed", "blames"), "arguing", "officials blamed the storm"),
    (("dismissed", "dismisses", "dismissing"), "arguing", "he dismissed the report"),
    (("rejected", "rejects", "rejecting"), "arguing", "the party rejected the claim"),
    (("vowed", "vows", "vowing"), "arguing", "the president vowed to"),
    (("promised", "promising"), "arguing", "she promised to"),
    (("pledging",), "arguing", "donors pledged to"),
    (("threatened",), "arguing", "he threatened to"),
    (("boasted",), "arguing", "he boasted that"),
    (("complained", "complains", "complaining"), "arguing", "residents complained that"),
    (("agreed",), "arguing", "analysts agreed that"),
    (("likened", "likens"), "arguing", "he likened the deal to"),
    (
        ("declined to comment", "declined comment", "refused to comment"),
        "arguing",
        "the bank declined to comment",
    ),
    # -- asking
    (("asked", "asks", "asking"), "asking", "he asked whether"),
    (("urged", "urges", "urging"), "asking", "the UN urged both sides"),
    (("called", "calling"), "evaluating", "he called the deal a disaster"),
    (("talked about", "talking about"), "saying", "he talked about the plan"),
    (("expressed",), "saying", "she expressed concern that"),
    (("referred to", "referring to", "refers to"), "saying", "she referred to him as"),
    (("posted",), "saying", "he posted on Facebook that"),
    (("estimated",), "reporting", "analysts estimated that"),
    (("sought",), "stance", "the company sought a buyer"),
    (("supported",), "stance", "the union supported the bill"),
    (("hoped", "hope"), "stance", "they hope to win"),
    (("think", "thinks"), "stance", "they think that the plan will fail"),
    (("called for", "calls for", "calling for"), "asking", "the group called for an inquiry"),
    (("referred to", "referring to", "refers to"), "saying", "she referred to him as"),
    (
        ("talked about", "talking about", "spoke about", "speaking about"),
        "saying",
        "he talked about the plan",
    ),
    (("called on", "calls on", "calling on"), "asking", "he called on Congress to"),
    (("questioned", "questioning"), "asking", "she questioned whether"),
    (("proposed", "proposes"), "asking", "the EU proposed"),
    (("recommends",), "asking", "the panel recommends"),
    # -- evaluating
    (("criticized", "criticised", "criticizes", "criticizing"), "evaluating", "he criticized the plan"),
    (("praised", "praises", "praising"), "evaluating", "she praised the deal"),
    (("condemned", "condemns", "condemning"), "evaluating", "the UN condemned the attack"),
    (("attacked",), "evaluating", "he attacked his rival as"),
    (("blasted", "blasts"), "evaluating", "the senator blasted the bill"),
    (("slammed", "slams"), "evaluating", "the union slammed the decision"),
    (("welcomes",), "evaluating", "investors welcomed the news"),
    (("defended", "defends", "defending"), "evaluating", "she defended the policy"),
    (("endorsed", "endorses"), "evaluating", "the paper endorsed Smith"),
    (("denounced", "denounces", "denouncing"), "evaluating", "he denounced the vote"),
    (("mocked", "mocks", "mocking"), "evaluating", "she mocked the idea"),
    (("touted", "touts", "touting"), "evaluating", "the campaign touted"),
    (("lamented", "laments"), "evaluating", "he lamented that"),
    (("railed", "rails"), "evaluating", "he railed against"),
    # -- stance
    (("believes", "believe"), "stance", "the bank believes that rates will rise"),
    (("hopes", "hoping"), "stance", "he hopes to win"),
    (("worried",), "stance", "officials worried that"),
    (("expected",), "stance", "the bank is expected to cut rates"),
    (("opposed", "oppose"), "stance", "the party opposed the deal"),
    (("refused", "refuses", "refusing"), "stance", "he refused to resign"),
    (("declined",), "stance", "the firm declined to"),
    (("pointed to", "points to", "pointing to"), "arguing", "she pointed to his record in Iowa"),
    (
        ("made clear", "made it clear", "makes clear", "makes it clear"),
        "saying",
        "he made clear that he would run",
    ),
)

#: Forms left out of :data:`CUE_VERBS`, with the sense that crowds them out.
LEFT_OUT: tuple[tuple[str, str], ...] = (
    ("states", "the noun: 'won eight states'"),
    ("attacks", "the noun: 'the attacks in Paris'"),
    ("remarks", "the noun: 'his remarks on trade'"),
    ("comments", "the noun: 'the comments section'"),
    ("questions", "the noun: 'questions about the deal'"),
    ("answers", "the noun: 'no easy answers'"),
    ("plans", "the noun: 'the company's plans'"),
    ("reports", "the noun: 'reports of shelling'"),
    ("claims", "the noun: 'false claims'"),
    ("fears", "the noun: 'fears of a slowdown'"),
    ("compared", "a measure: 'up 5 pct compared with'"),
    ("continues", "aspect: 'the war continues'"),
    ("thought", "the noun and non-reporting uses: 'a second thought'"),
    ("believed", "passive: 'is believed to be'"),
    ("observed", "perception: 'soldiers were observed using'"),
    ("pledged", "the adjective: 'pledged delegates'"),
    ("decided", "the adjective: 'a decided advantage'"),
    ("writing", "the noun: 'in writing'"),
    ("reporting", "the noun: 'Reporting by'"),
    ("want", "wishes that annotators of news rarely count as attributed (also 'wanted')"),
    ("support", "the noun and political backing (also 'supports')"),
    ("claim", "the noun: 'a false claim'"),
    ("note", "the noun: 'a note to clients'"),
    ("estimates", "the noun: 'estimates of growth'"),
    ("promises", "the noun: 'campaign promises'"),
    ("demands", "the noun: 'the demands of the job'"),
    ("showing", "display: 'a TV show' ('show' is a cue only after evidence: 'polls show')"),
    ("seemed", "appearance more often than stance: 'the race seemed to tighten' (also 'appeared', 'seems')"),
)

#: Forms that are cues only before a "that" clause, a colon or a quotation:
#: "the study found that …" but not "police found the car".
CLAUSE_ONLY = frozenset(
    {
        "believes",
        "found",
        "finds",
        "worried",
        "doubts",
        "showed",
        "shows",
        "show",
        "showing",
        "notes",
        "continued",
    }
)

#: Forms that are cues only when their source is evidence: "records show", not
#: "a TV show".
EVIDENCE_ONLY = frozenset({"show"})

#: Forms whose content is a noun phrase, not a clause: "endorsed Hillary Clinton".
NOUN_OBJECT_FORMS = frozenset(
    form
    for forms, group, _ in CUE_VERBS
    if group == "evaluating"
    for form in forms
    if form not in ("called",)
) | frozenset({"mentions", "mentioned", "cited", "citing", "described", "describes", "describing"})

#: Words after a form that make it something other than a cue: "a think tank",
#: "believe me", "think of a number".
NOT_FOLLOWED_BY: dict[str, frozenset[str]] = {
    "think": frozenset({"tank", "tanks", "of", "about", "so", "twice", "again"}),
    "thinks": frozenset({"of", "about", "so"}),
    "believe": frozenset({"me", "in", "it"}),
    "believes": frozenset({"in"}),
    "called": frozenset({"off", "up", "in", "out", "back", "to", "into", "it", "quits"}),
    # "the data mentioned above": a participle.
    "mentioned": frozenset({"above", "below"}),
}

#: Forms that, followed by a place and nothing more, credit a reporter rather
#: than report: "Costa reported from Washington." (but "The BBC reported from
#: Kabul that the city had fallen" is a cue).
CREDIT_LINE_FORMS = frozenset({"reported"})

#: Words before a form that make it something other than a cue: "the so-called
#: special relationship" (also broken across a line: "so- called").
NOT_PRECEDED_BY: dict[str, frozenset[str]] = {
    "called": frozenset({"so", "so-"}),
    # "easier said than done", "no sooner said than done": the idiom.
    "said": frozenset({"easier", "sooner"}),
    # "the final say on who stays", "a bigger say in policy": the noun.
    "say": frozenset({"final", "last", "equal", "bigger", "greater", "more", "little", "much"}),
    # "the report raised hopes that …": the noun.
    "hopes": frozenset(
        {"raised", "raises", "raising", "dashed", "revived", "boosted", "fueled", "fuelled", "high"}
    ),
}

#: Forms that also name a thing, as a participle after an indefinite noun or a
#: comma: "a company called Cambridge Analytica", "elected officials, called
#: superdelegates,". Such a form is a cue only with a definite source or an
#: auxiliary: "the senator called the plan a disaster".
NAMING_FORMS = frozenset({"called"})

#: Forms that are never a noun or an adjective, so that a quantifier before
#: them is their subject: "Some say he looks tired", "some argue that …" (but
#: "some reported cases", "some claim to fame").
QUANTIFIER_SUBJECT_FORMS = frozenset(
    {"say", "argue", "believe", "think", "contend", "insist", "suggest", "predict", "agree", "feel", "wonder"}
)

#: Sources that show or find without a "that" clause: "a poll shows Sanders leading".
EVIDENCE_NOUNS = frozenset(
    {
        "poll",
        "polls",
        "survey",
        "surveys",
        "study",
        "studies",
        "data",
        "results",
        "report",
        "analysis",
        "research",
        "figures",
        "numbers",
        "records",
        "documents",
        "video",
        "transcript",
        "review",
        "audit",
        "investigation",
    }
)

#: Forms that may come before their source in an inverted clause: "…, said Jane Doe."
INVERTED_FORMS = frozenset(
    {
        "said",
        "says",
        "added",
        "adds",
        "wrote",
        "writes",
        "asked",
        "asks",
        "told",
        "continued",
        "explained",
        "noted",
        "recalled",
        "replied",
        "warned",
        "argued",
        "insisted",
        "declared",
        "tweeted",
        "acknowledged",
        "observed",
        "concluded",
        "countered",
        "responded",
        "quipped",
        "joked",
        "reported",
        "announced",
        "stated",
        "remarked",
        "cautioned",
        "predicted",
        "suggested",
        "wondered",
    }
)

#: Documents whose author speaks through a participle: "issued a statement saying".
DOCUMENT_NOUNS = frozenset(
    {
        "statement",
        "letter",
        "tweet",
        "message",
        "email",
        "post",
        "memo",
        "note",
        "release",
        "ad",
        "video",
        "op-ed",
    }
)

#: Verbs that take a hearer before the content: "told Reuters that …",
#: "warned investors that …".
OBJECT_VERBS = frozenset(
    {
        "told",
        "tells",
        "telling",
        "asked",
        "asks",
        "asking",
        "urged",
        "urges",
        "urging",
        "warned",
        "warns",
        "warning",
        "assured",
        "expressed",
        "reminded",
        "called on",
        "calls on",
        "calling on",
    }
)

#: Auxiliaries and adverbs that belong to the cue when they stand right before
#: the verb: "has said", "had told", "will say", "also said".
CUE_AUXILIARIES: tuple[tuple[str, str], ...] = (
    ("has", "the United States has accused North Korea"),
    ("have", "officials have said"),
    ("had", "she had told colleagues"),
    ("will", "he will say"),
    ("would", "he would say"),
    ("could", "critics could argue"),
    ("might", "some might argue"),
    ("may", "investors may fear"),
    ("is", "she is expected to"),
    ("are", "they are expected to"),
    ("was", "he was quoted as saying"),
    ("were", "officials were quoted as saying"),
    ("has been", "he has been saying"),
    ("have been", "they have been saying"),
    ("had been", "he had been saying"),
    ("also", "he also said"),
    ("later", "she later said"),
    ("previously", "he previously said"),
    ("repeatedly", "he repeatedly said"),
    ("publicly", "she publicly said"),
    ("privately", "officials privately said"),
    ("reportedly", "he reportedly said"),
    ("earlier", "the ministry earlier said"),
    ("often", "she often says"),
    ("once", "he once said"),
    ("even", "officials even insist that"),
    ("still", "he still says"),
    ("now", "she now says"),
    ("just", "he just said"),
    ("then", "she then recalled"),
    ("first", "the paper first reported"),
    ("already", "he has already said"),
    ("long", "Cruz has long said"),
    ("since", "he has since said"),
    ("always", "she has always said"),
    ("again", "she again denied"),
    ("further", "the report further noted"),
    ("did", "he did say"),
    ("does", "she does believe"),
    ("do", "they do think"),
    ("can", "we can say"),
    ("should", "critics should note"),
    ("must", "voters must know"),
    ("never", "he never said"),
    ("not", "he did not say"),
    ("did not", "he did not say"),
    ("does not", "she does not believe"),
    ("do not", "they do not believe"),
    ("didn’t", "he didn’t say"),
    ("didn't", "he didn't say"),
    ("doesn’t", "she doesn’t believe"),
    ("doesn't", "she doesn't believe"),
    ("don’t", "they don’t believe"),
    ("don't", "they don't believe"),
    ("clearly", "he clearly wants"),
    ("strongly", "she strongly opposes"),
    ("openly", "he openly said"),
    ("quoted as", "he was quoted as saying"),
)

#: Phrases after the verb that belong to the cue: "said in a statement".
CUE_EXTENSIONS: tuple[tuple[str, str], ...] = (
    ("in a statement", "the ministry said in a statement"),
    ("in a written statement", "the company said in a written statement"),
    ("in a joint statement", "the leaders said in a joint statement"),
    ("in a statement to", "he said in a statement to Reuters"),
    ("in an interview", "she said in an interview"),
    ("in a tweet", "he said in a tweet"),
    ("in a post", "he wrote in a post"),
    ("in a blog post", "she wrote in a blog post"),
    ("in a letter", "they wrote in a letter"),
    ("in a report", "the bank said in a report"),
    ("in a note", "analysts wrote in a note"),
    ("in a speech", "he said in a speech"),
    ("in part", "the statement said in part"),
    ("on Twitter", "he wrote on Twitter"),
    ("on Facebook", "she wrote on Facebook"),
)

#: Nouns after "according to" that make it a manner phrase, not a source:
#: "according to plan".
NOT_SOURCES = frozenset(
    {
        "plan",
        "plans",
        "schedule",
        "script",
        "expectations",
        "tradition",
        "custom",
        "law",
        "rules",
        "protocol",
        "form",
        "need",
        "size",
        "age",
        "taste",
    }
)


def cue_forms() -> tuple[str, ...]:
    """Every cue form of :data:`CUE_VERBS`, longest first.

    >>> forms = cue_forms()
    >>> "said" in forms and "called for" in forms
    True
    >>> forms.index("called for") < forms.index("said")
    True
    """
    forms = {form for row in CUE_VERBS for form in row[0]}
    return tuple(sorted(forms, key=lambda form: (-len(form), form)))
