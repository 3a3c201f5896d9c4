"""What a question asks about, and the short answers that only make sense as its reply.

"What are the hours like?" "Long." says nothing on its own: "long" is a hint at best anywhere
else. So these cues count only in the first sentences of an answer to a question on their topic.
"""

from __future__ import annotations

import re

# Words a speaker opens an answer with before getting to it: "Honestly, Maria and I."
_LEAD = (
    r"^\W*(?:(?:oh|ah|um+|uh+|erm?|hmm+|well|so|look|honestly|truthfully|frankly|ha(?:ha)?|"
    r"to be (?:honest|fair)|i mean|i'd say|i would say|i guess|in practice|in reality|"
    r"realistically|basically|generally|ultimately|officially|practically|normally|typically|"
    r"usually|mostly|mainly|largely|definitely|oh god|god|gosh|wow|yeah|yes|no|right|okay|ok)"
    r"\W+)*"
)
_VERY = r"(?:(?:very|really|pretty|quite|fairly|super|incredibly|extremely|rather|a bit|too) )?"
# A one-word name answering "who?": "Maria.", "Maria and I.", "Tom, mostly."
_STOP = (
    r"(?!(?:It|We|They|The|That|This|There|Everyone|Everybody|Nobody|Someone|Some|Sometimes|"
    r"Depends|Usually|Mostly|Whoever|Each|Every|All|Both|Not|No|Yes|Well|Honestly|Oh|Good|"
    r"Long|Short|Depends|Normal|Really|Pretty|Quite|Very|Just|Only|Never|Always|Often|"
    r"Depending|Either|Neither|Me|Us|Them|You|He|She|I|Sure|Absolutely|Definitely|Exactly|Totally|"
    r"Certainly|Probably|Perhaps|Maybe|Hard|Great|Fine|Interesting|Tricky|Partly|Thanks|Together|"
    r"Alone|Nobody|Whoever|[A-Z][a-z]+(?:al|ive|ent|ate|ow|ick|ful|ous|ic|ed|ant|ar|ain|ect)ly)\b)"
)
_NAME = rf"{_STOP}(?-i:[A-Z][a-z]+)"
# "…, mostly.", "… does, in the end.": what may follow the name(s) in a one-line reply.
_WHO_END = (
    r"(?:,? (?:mostly|really|usually|basically|in the end|ultimately|normally|I'd say|honestly)|"
    r" (?:does|do|decides?|has the (?:final|last) (?:say|word)|calls? the shots))*[.!]?$"
)

_NOT_PEOPLE = (
    r"(?! (?:hours|days|years|weeks|months|times|clients|customers|projects|meetings|sites|"
    r"offices|stores|shops|branches|countries|products|releases|patients|cases)\b)"
)
_OTHERS = (
    r"(?:each other|others|the others|the (?:rest of the )?(?:team|group|crew)|your (?:team|"
    r"colleagues|peers|co-?workers)|colleagues|people)"
)
# Topic -> what a question on it looks like. "dimension/detail" topics ask one part of a
# dimension ("How much freedom…?") and have their own replies ("Loads.").
TOPICS: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.IGNORECASE)
    for name, pattern in {
        "collaboration_style": rf"\bwork(?:ing)? together\b|\bwork(?:ing)? (?:with|alongside) {_OTHERS}\b|\bcollaborat\w*|\bteam-?work\b|\b(?:on your own|alone|"
        r"solo|independently)\b|\binteract\w*|\b(?:lone wol(?:f|ves)|team players?)\b",
        "decision_making": r"\bdecid\w*|\bdecision\w*|\b(?:make|makes|made|making) the (?:\w+ )?"
        r"calls?\b|\bcalls? the shots\b|\b(?:final|last) (?:say|word)\b|\bsigns? off\b|"
        r"\bwho (?:chooses|sets|picks|gets to)\b|\bsay in\b|\bdisagree\w*",
        "decision_making/ask": r"\bwho do (?:you|people|they) (?:ask|check with|need to ask|clear it "
        r"with|run it by|run it past|go to) before\b",
        "hierarchy": r"\bhierarch\w*|\bstructur\w*|\b(?:layers|levels)\b|\breport(?:s|ing)? "
        r"(?:in)?to\b|\bwho(?:'s| is) (?:your|the) (?:boss|manager|line manager)\b|\b(?:flat|"
        r"chain of command|pecking order|titles|org chart)\b|\bwho do you (?:go|answer) to\b",
        "collaboration_style/amount": r"\bhow (?:much|often) (?:do you |of your (?:time|day) "
        r"(?:do you )?|time do you )?(?:work|spend|collaborate) (?:\w+ )?(?:with|alongside|"
        r"together)\b",
        "decision_making/freedom": r"\bhow much (?:freedom|autonomy|latitude|independence|"
        r"leeway|rope|control)\b|\bhow (?:free|autonomous|independent) are you\b",
        "decision_making/own": r"\b(?:how|what|when) you (?:do|work|approach|run|spend|plan|"
        r"organi[sz]e|tackle)\b|\byour (?:own )?(?:work|job|day|projects?|tasks?|time|schedule|tools|"
        r"cases|clients|accounts|caseload|patch)\b",
        "decision_making/say": r"\bhow much (?:say|input|voice|influence)\b",
        # "…/any" topics take their short answers after a yes/no question too.
        "remote_policy/any": r"\bremote\w*|\bfrom home\b|\b(?:wfh|hybrid|on-?site|in person)\b|"
        r"\b(?:in|into|to) the office\b",
        "hierarchy/any": r"\bhierarch\w*|\bcorporate\b|\blayered\b|\bformal\b|\bflat\b",
        "team_size": rf"\bhow (?:many{_NOT_PEOPLE}|big|large)\b|\bhead-?count\b|\bsize\b",
        "work_life_balance/hours": r"\bhow many hours\b|\bhours (?:a|per|each) week\b",
        "work_life_balance": r"\bhours\b|\bwork-?life\b|\bbalance\b|\bworking (?:day|week)\b|"
        r"\b(?:evenings|weekends|overtime|schedule|time off|shifts?)\b|\bday (?:look|like)\b|"
        r"\bwhat happens (?:at|after) (?:\d{1,2}|five|six|seven|eight)\b",
        "pace": r"\bpace\b|\bhow (?:fast|quickly|quick|slow)\b|\b(?:speed|tempo|rhythm)\b",
        "remote_policy": r"\bremote\w*|\blocation\b|\bwork(?:ing)? (?:pattern|arrangements?)\b|\bfrom home\b|\b(?:wfh|hybrid|on-?site|in person)\b|"
        r"\b(?:in|into|to) the office\b|\bwhere (?:do|does|are) (?:you|people|they) (?:work|based|sit)",
        "communication": r"\bcommunicat\w*|\bmeetings?\b|\bstand-?ups?\b|\bkeep (?:each other )?"
        r"(?:in the loop|informed|up to date)\b|\b(?:slack|email|teams chat)\b|\bin writing\b",
    }.items()
}

# Reply cues, as in the other tables: "value weight >negated regex".
TABLE = rf"""
[decision_making]
top_down 2 - {_LEAD}(?:it's |that's |that'd be |that would be )?(?:me|myself|I do|(?:the|our) (?:(?:two|three|four|joint|co-|founding|senior) )?(?:owners?|boss|bosses|founders?|md|ceo|managing director|directors?|partners?|senior partners?|board|principal|head chef|chef|head teacher|head|top|exec\w*|management|leadership|seniors?|higher-ups)|my (?:boss|manager|line manager|director)|(?:senior )?management|leadership|head office|hq|upstairs|corporate|the people upstairs|above my head)\b
top_down 2 - {_LEAD}{_NAME}(?: and (?:I|me|{_NAME}))?{_WHO_END}
top_down 2 - {_LEAD}(?:me|I) and {_NAME}{_WHO_END}
consensus 2 - {_LEAD}(?:we all (?:do|decide|agree)|all of us|(?:the )?whole (?:team|group|company|staff|studio|office)|(?:everyone|everybody)(?: together)?[.!,]|together|as a (?:team|group)|collectively|jointly|(?:it's |it is )?a group (?:thing|decision|effort))
autonomous 2 - {_LEAD}(?:whoever|the person (?:doing|closest|who)|each (?:team|person|of us)|every (?:team|person)|(?:the )?teams? themselves|(?:it's |it is )?(?:up to|down to) (?:you|us|the team|whoever|each)|you do[.!]?$|the (?:team|people) (?:doing|on) (?:it|the ground))
[decision_making/ask]
autonomous 2 - {_LEAD}(?:nobody|no one|no-one|I don't|I just|I don't need to|not really anyone)\b
top_down 2 - {_LEAD}(?:my|the|our) (?:\w+ )?(?:manager|boss|lead|director|owner|supervisor|head|chef)s?\b
[decision_making/freedom]
autonomous 2 - {_LEAD}(?:loads|lots|a lot|plenty|heaps|tons|total|complete|full|huge|masses|all (?:I|you) (?:want|need)|as much as (?:I|you) (?:want|like|need)|more than enough)\b
top_down 2 - {_LEAD}(?:not (?:much|a lot|a great deal|enough|really)|very little|little|none|zero|hardly any|not as much as)\b
[decision_making/own]
autonomous 2 - {_LEAD}(?:(?:it's |that's )?(?:me|myself|I do|I decide|we do|the team does|the team|us)|(?:up to|down to) (?:me|us|the team))\b
[decision_making/say]
consensus 2 - {_LEAD}(?:loads|lots|a lot|plenty|heaps|tons|a fair bit|quite a lot|a real one|as much as anyone|the same as everyone)\b
top_down 2 - {_LEAD}(?:not (?:much|a lot|a great deal|enough|really)|very little|little|none|zero|hardly any)\b
[collaboration_style/amount]
highly_collaborative 2 - {_LEAD}(?:loads|lots|a lot|all (?:day|the time|day long)|constantly|always|most of (?:the|my) (?:day|time)|every day|non-?stop)\b
independent 2 - {_LEAD}(?:not (?:much|a lot|often|very often|really)|very little|hardly (?:ever|at all)?|rarely|barely|seldom|once in a while|now and then)\b
mixed 2 - {_LEAD}(?:(?:about |roughly |maybe )?(?:half|fifty-fifty|50/50|half and half)(?: the time)?|(?:it's )?(?:about |roughly )?fifty-fifty)\b
[work_life_balance/hours]
demanding 2 - {_LEAD}(?:about |around |probably |easily |at least |often |usually |more like |over )?(?:[5-9]\d|fifty|sixty|seventy|eighty)\b
[team_size]
small 2 - {_LEAD}{_VERY}(?:tiny|small|smallish|not (?:very )?big|not many|a handful|very few|only a few|just a few)\b
medium 2 - {_LEAD}(?:medium|mid-?sized?|middling|mid-size|average)\b
large 2 - {_LEAD}{_VERY}(?:big|huge|massive|enormous|large|vast)\b
[work_life_balance]
demanding 2 - {_LEAD}{_VERY}(?:long|crazy|brutal|intense|heavy|punishing|unsociable|antisocial|relentless|gruell?ing|full-on|mad|insane|non-stop|nonstop|endless)\b
structured 2 - {_LEAD}(?:everyone's|everybody's|we're|they're|people are|the place is|the office is|it's) (?:all )?(?:gone|home|out|off|empty|quiet|dark)\b
structured 2 - {_LEAD}{_VERY}(?:regular|fixed|set|normal|standard|predictable|sensible|civili[sz]ed|strict|office hours|nine to five|9 to 5)\b
flexible 2 - {_LEAD}{_VERY}(?:flexible|up to (?:me|you|us)|depends on (?:me|you|us|the person)|whatever (?:I|you|we) (?:like|want)|(?:my|your|our) own)\b
[pace]
fast_startup 2 - {_LEAD}{_VERY}(?:fast|quick|hectic|frantic|mad|crazy|intense|breakneck|non-stop|nonstop|full-on|manic|chaotic|relentless|rapid|lightning)\b
steady 2 - {_LEAD}{_VERY}(?:steady|consistent|calm|measured|manageable|sustainable|reasonable|comfortable|moderate|normal|regular|predictable|relaxed)\b
fast_startup 2 - {_LEAD}(?:(?:like|very|quite|a bit|pretty|typical) )?(?:a )?start-?up\b|{_LEAD}{_VERY}(?:faster|quicker)\b|{_LEAD}(?:overnight|in (?:a day|days|hours)|within (?:days|hours|a day|a week)|constantly|all the time|every (?:day|week))\b
steady 2 - {_LEAD}{_VERY}even(?:[.!,]|$)
steady 2 - {_LEAD}busy,? but (?:\w+ )?(?:manageable|sane|steady|calm|predictable|sustainable|fine|ok|okay|reasonable|not (?:crazy|mad|frantic|hectic|chaotic))\b
slow_methodical 2 - {_LEAD}(?:(?:over|in|within) )?(?:months|years|a year|quarters)\b
slow_methodical 2 - {_LEAD}{_VERY}(?:slower|slow(?:ly)?|slowish|glacial(?:ly)?|careful(?:ly)?|deliberate(?:ly)?|sedate(?:ly)?|leisurely|unhurried|methodical(?:ly)?|cautious(?:ly)?)\b
[collaboration_style]
independent 2 - {_LEAD}(?:(?:mostly|largely|mainly|pretty much|very much|quite) )?(?:on (?:our|my|your|their) own|alone|solo|independently|by (?:ourselves|myself|yourself|themselves)|separately|individually|in (?:our|my) own (?:lanes?|corners?|bubbles?|worlds?))\b
highly_collaborative 2 - {_LEAD}{_VERY}(?:closely|constantly|together|all the time|as a team|as one|collaboratively|tightly|a lot)\b
highly_collaborative 2 - {_LEAD}(?:(?:very much|definitely|totally|always) )?(?:a |the )?team(?: thing| effort| sport| game)?(?:,? (?:definitely|mostly|really|for sure|all the way|100%|every time))?[.!]?$
mixed 2.5 - {_LEAD}(?:it's |it is )?(?:kind of |sort of |a bit of |really |probably )?both\b|{_LEAD}(?:a |an even |a good |a real |a healthy )?(?:mix|mixture|blend|balance)\b|{_LEAD}(?:a (?:bit|mix|mixture) of both|half and half|a bit of each|some of each|fifty-fifty|50/50)\b
[hierarchy]
flat 2 - {_LEAD}(?:nobody|no one)(?:,? really)?[.!]?$|{_LEAD}{_VERY}(?:flat|non-existent)\b|{_LEAD}there (?:isn't|is not|'s not|is no) (?:really )?(?:one|much of one|any|a structure|a hierarchy)\b
hierarchical 2 - {_LEAD}{_VERY}(?:tall|steep|layered|traditional|formal|strict|rigid|old-fashioned|corporate|military|top-heavy|lots of (?:layers|levels)|many (?:layers|levels))\b
moderate 2 - {_LEAD}(?:some|a bit|a little),? but\b
moderate 2 - {_LEAD}(?:a (?:bit|little)(?: of (?:one|a hierarchy|structure))?[.!]?$|somewhere in (?:the )?(?:middle|between)|in between|in the middle|normal|fairly normal|a normal amount|light|some[.!]?$)
[remote_policy/any]
hybrid 2 - {_LEAD}(?:partially|partly|some days|some of the time|part of the week|a few days a week|on and off|half the time)\b
[hierarchy/any]
moderate 2 - {_LEAD}(?:kind of |sort of )?(?:in the middle|somewhere in (?:the )?(?:middle|between)|in between|middling|moderately|a bit,? but)\b
[remote_policy]
in_office 2 - {_LEAD}(?:(?:always|all|everyone's|we're all|always) )?(?:in|in the office|on[- ]site|in person)(?: (?:every day|full[- ]time|all week|five days))?[.!]?$
fully_remote 2 - {_LEAD}(?:(?:all|fully|completely|entirely|100%|always) )?(?:remote|from home|at home|home)(?: (?:full[- ]time|always|all the time|every day))?(?:,? (?:all of us|every one of us|everyone|everybody|the lot of us))?[.!]?$
hybrid 2 - {_LEAD}(?:a (?:bit|mix|mixture) of both|both|half and half|a bit of each)\b
[communication]
async_first 1.5 - {_LEAD}(?:mostly |mainly |all |pretty much all )?(?:in writing|written|docs|messages|chat|threads|slack|email)\b
sync_heavy 1.5 - {_LEAD}(?:(?:lots|loads|a lot|plenty) of )?(?:meetings|calls|face to face|face-to-face|in person|talking|stand-?ups|on the phone)\b
balanced 2 - {_LEAD}(?:it's |it is )?(?:kind of |sort of |a bit of |really |probably )?both\b|{_LEAD}(?:a |an even |a good |a real |a healthy )?(?:mix|mixture|blend|balance)\b|{_LEAD}(?:a (?:bit|mix|mixture) of both|half and half|a bit of each)\b
"""
