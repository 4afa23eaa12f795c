"""English business-news constructions: dotted country abbreviations before a noun, a company
folded into another. Invented texts."""

import pytest

from tests.lang.checks import assert_sentence

P, A, S, C = "partner_of", "acquires", "subsidiary_of", "customer_of"

CASES = [
    # "U.S." before a lower-case noun is no name, and its dot ends no clause
    ("en", "Norwell signed a deal with the U.K. group Brightpath on Monday.", [("Norwell", P, "Brightpath")], []),
    ("en", "Norwell signed a deal with U.S. group Brightpath on Monday.", [("Norwell", P, "Brightpath")], []),
    ("en", "Calloway outsourced its data centres to the U.S. group in 2009.", [],
     [("Calloway", C, "U.S"), ("Calloway", C, "U.S.")]),
    # "X will be folded into Y": X becomes Y's, not Y X's
    ("en", "Acme Corp signed a deal with Corvane. Corvane will be folded into Infineon's power division.",
     [("Corvane", S, "Infineon")], [("Corvane", A, "Infineon")]),
    ("en", "Acme Corp signed a deal with Corvane. Corvane was merged into Infineon in 2020.",
     [("Corvane", S, "Infineon")], [("Infineon", S, "Corvane")]),
    ("en", "Infineon folded GaN Systems into its power division last year.", [("Infineon", A, "GaN Systems")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_english_news_constructions(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


MORE = [
    # a headline's "X to buy Y" announces a deal agreed, no plan; "plans to buy" stays a bid
    ("en", "Infineon to buy Brightpath for $1.4 billion", [("Infineon", A, "Brightpath")],
     [("Infineon", "bids_for", "Brightpath")]),
    ("en", "Infineon plans to buy Brightpath for $1.4 billion.", [("Infineon", "bids_for", "Brightpath")],
     [("Infineon", A, "Brightpath")]),
    # the short form of a term in brackets names no company
    ("en", "Infineon designs gallium nitride (GaN) chips. The deal is its second in the GaN space after it "
           "bought Canada's Brightpath Systems in 2023.", [("Infineon", A, "Brightpath Systems")],
     [("GaN", A, "Brightpath Systems")]),
    ("fr", "Infineon conçoit des puces en nitrure de gallium (GaN). Le marché du GaN croît vite depuis "
           "qu'Infineon a racheté Brightpath.", [], [("GaN", "product_of", "Infineon")]),
    # goods the possessor has made by another: the maker is the possessor's supplier
    ("en", "Acme Corp signed a deal with Corvane. Corvane's chips are fabricated by TSMC under a foundry "
           "agreement, and its largest customers include Delta Electronics and Arcturus Power.",
     [("Corvane", C, "TSMC"), ("Delta Electronics", C, "Corvane"), ("Arcturus Power", C, "Corvane")],
     [("Corvane", "product_of", "TSMC"), ("Delta Electronics", C, "TSMC")]),
    ("en", "The Model Y, manufactured by Tesla, sells well.", [("Tesla Model Y", "product_of", "Tesla")], []),
    # a country's genitive inside a list of names
    ("en", "Infineon competes with STMicroelectronics, onsemi and Japan's Rohm, while smaller rivals grow.",
     [("Infineon", "competes_with", "Rohm"), ("Infineon", "competes_with", "ON Semiconductor")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", MORE)
def test_more_english_news_constructions(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


PEOPLE_AND_COMPOUNDS = [
    # "billionaire X" is a person: the company after her "'s" is the owner
    ("en", "DAZN, controlled by billionaire Dora Whitlock's Brightpath Holdings, had held the rights since 2022.",
     [("DAZN", S, "Brightpath Holdings")], [("DAZN", S, "Dora Whitlock")]),
    # the capitalised tail of a lower-case compound is no name
    ("en", "Sky, the pay-TV operator owned by Comcast, bid too.", [("Sky", S, "Comcast")], [("TV", S, "Comcast")]),
]


@pytest.mark.parametrize("lang,text,present,absent", PEOPLE_AND_COMPOUNDS)
def test_person_nouns_and_compound_tails(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


NAMES_AFTER_CUES = [
    # a name after "analyst at" is the workplace, no person
    ("en", "Sky dominates coverage, said Ben Harding, media analyst at Enders Analysis.",
     [("Ben Harding", "executive_of", "Enders Analysis")], []),
    ("nl", "Dat zegt Ben Harding, analist bij Enders Analysis.", [("Ben Harding", "executive_of", "Enders Analysis")], []),
    # "Bros." ends no sentence
    ("en", "TNT Sports, the joint venture between Warner Bros. Discovery and BT Group, dominates coverage.",
     [("TNT Sports", S, "Warner Bros. Discovery"), ("TNT Sports", S, "BT Group")], []),
    # a channel named after its owner's genitive is the owner's product
    ("en", "Mediapro's local channel Telefoot closed in early 2021.", [("Telefoot", "product_of", "Mediapro")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", NAMES_AFTER_CUES)
def test_names_after_cues(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


OWNERS_AND_MOODS = [
    # "X, whose Y processor": the antecedent owns the named product
    ("en", "Nvidia, whose Grace processor is selling well, grew fast.", [("Grace", "product_of", "Nvidia")], []),
    # "in court" is no courting: the acquisition stays a fact
    ("en", "The two groups have spent three years in court over Qualcomm's use of technology it gained "
           "through the acquisition of Nuvia.", [("Qualcomm", A, "Nuvia")], [("Qualcomm", "bids_for", "Nuvia")]),
    ("en", "Qualcomm is courting Nuvia with a takeover offer.", [("Qualcomm", "bids_for", "Nuvia")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", OWNERS_AND_MOODS)
def test_owners_and_moods(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


FLEETS = [
    # a fleet named by its maker before the fleet word: the clause's company is the maker's customer
    ("en", "Ryanair expanded its Boeing fleet last year.", [("Ryanair", C, "Boeing")], []),
    ("en", "CoreWeave will deploy AMD chips alongside its Nvidia fleet.",
     [("CoreWeave", C, "AMD"), ("CoreWeave", C, "Nvidia")], [("AMD", P, "Nvidia"), ("AMD", C, "Nvidia")]),
    ("en", "Accenture works alongside Microsoft on the project.", [("Accenture", P, "Microsoft")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", FLEETS)
def test_fleets_and_alongside(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


PARALLEL = [
    # "uses A for X and B for Y": one list of suppliers
    ("en", "Calloway signed with IBM. Calloway uses Salesforce for sales and Guidewire for claims.",
     [("Calloway", C, "Salesforce"), ("Calloway", C, "Guidewire")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", PARALLEL)
def test_parallel_purpose_phrases(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


DEALS = [
    # a contract naming goods: the party known in other trades buys them from the unknown one
    ("en", "Meta signed a 20-year nuclear deal with Constellation.", [("Meta", C, "Constellation")],
     [("Constellation", C, "Meta")]),
    ("es", "Meta firmó un contrato de energía nuclear con Constellation.", [("Meta", C, "Constellation")],
     [("Constellation", C, "Meta")]),
]


@pytest.mark.parametrize("lang,text,present,absent", DEALS)
def test_goods_contract_with_an_unknown_party(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


LOST = [
    # "X lost a contract (with Y) to Z": Z is X's rival, and the client Y now buys from Z
    ("en", "Acme Corp signed with Telesat. Telesat lost a contract to SpaceX this summer.",
     [("Telesat", "competes_with", "SpaceX")], []),
    ("en", "Acme Corp signed with Telesat. Telesat lost a contract with Rogers to SpaceX this summer.",
     [("Telesat", "competes_with", "SpaceX"), ("Rogers Communications", C, "SpaceX")],
     [("Telesat", C, "Rogers Communications")]),
]


@pytest.mark.parametrize("lang,text,present,absent", LOST)
def test_contract_lost_to_a_rival(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


OWNED_COMPOUNDS = [
    # "X, the Y-owned streamer,": the apposition's owner owns the name before it
    ("en", "Acme Corp signed a deal with Zorblax. Zorblax, the Comcast-owned streamer, grew fast.",
     [("Zorblax", S, "Comcast")], []),
    ("en", "Acme Corp signed a deal with Zorblax. Zorblax, a Comcast-controlled broadcaster, grew fast.",
     [("Zorblax", S, "Comcast")], []),
    ("en", "Amazon-owned Whole Foods will open ten stores.", [("Whole Foods Market", S, "Amazon")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", OWNED_COMPOUNDS)
def test_owned_compound_in_apposition(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


STAKES = [
    # "buys into X" takes a stake, no acquisition
    ("en", "Oracle bought into TikTok last year.", [], [("Oracle", A, "TikTok"), ("Oracle", "bids_for", "TikTok")]),
    ("en", "Oracle bought TikTok last year.", [("Oracle", A, "TikTok")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", STAKES)
def test_buying_into_is_a_stake(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
