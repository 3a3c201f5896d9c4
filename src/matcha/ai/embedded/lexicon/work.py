"""Cues for how work gets done: collaboration style, communication and pace."""

TABLE = r"""
[collaboration_style]
highly_collaborative 1.5 >independent \b(highly |very )?collaborat\w*
highly_collaborative 2 - \bcollaborat\w* (closely|constantly|all the time|on (every|everything))
highly_collaborative 1.5 >independent \bwork\w* (very )?(closely|side by side|together|as one|hand in hand)\b
highly_collaborative 1.5 - \b(design|build|draw|writ|prep|plan|solv|cook|pack|load|cod|creat|mak|shar|review|look)\w* (\w+ ){0,4}together\b
highly_collaborative 1.5 - \b((sit|sits|sat|sitting|stand|stands|we're|we are|are) side by side|pitch(es)? in|help(s|ing)? each other|team ?work|mucks? in|chips? in|all hands on deck)\b
highly_collaborative 1.5 - \b(together as a (group|team)|(is|are|'re|'s|like) (all |just )?one (big )?team|team (effort|thing|sport)|(everything|everyone|everybody) (is )?together)\b
highly_collaborative 1.5 - \b(shared ownership|co-?own\w*|co-?design\w*|co-?creat\w*|share the (work|load|credit|drawings|model|tips))\b
highly_collaborative 1.5 - \b(critic|critique|review|check)\w* each other'?s?\b|\bwork is shared\b
highly_collaborative 1.5 - \bnothing(?:'s| is) (?:really )?["“‘']?(?:mine|yours|one person's|anyone's)\b|\b(?:nobody|no one)(?:'s| has)(?: got)? ["“‘']\w+["”’']
highly_collaborative 1.5 - \bisn't (really )?["“‘']?(my|your|their|his|her)["”’']? (job|thing|project|dish|table)
highly_collaborative 1 - \bpair(ing|ed)? (program\w*|on|up with each other)\b|\bin pairs\b|\bpairs at\b|\bmob programming\b|\bswarm(ing)? on\b
highly_collaborative 1 - \bcross-functional\b|\ball together\b
independent 2 >highly_collaborative \bwork\w* (independently|alone|solo|on (my|their|your|our|his|her) own|by (myself|themselves|yourself|himself|herself))\b
independent 2 - \b(mostly|largely|mainly|usually) (alone|on my own|solo|by myself|independently)\b
independent 1.5 >highly_collaborative \b(independent(ly)?|self-directed|self-starter)\b(?! (prescrib\w*|study|reviews?|audits?|contractors?|consultan\w*|schools?|living|advice|advisers?|assessors?|inquir\w*|bod(y|ies)|charit\w*|financial|label|courses?|films?|bookshops?|retailers?|pharmac\w*|sector|practices?|shops?|means)\b)
independent 1.5 >highly_collaborative \bon (my|their|your|his|her) own\b(?! (roof|house|home|flat|time|terms|account|initiative|car|money|dime|steam|merits?|two feet|behalf|kids?|children|family)\b)|\bby (myself|themselves|himself|herself)\b
independent 1.5 - \b(each|every) (of us|one|person|member|\w+(er|ist|ant|or)) (owns|leads|runs|has) (their|his|her|a)\b
independent 1.5 - \bown(s)? (my|your|their|his|her|a) (own )?(client list|queue|projects?|accounts?|piece|set of|patch)\b|\bend to end\b
independent 1.5 - \bnobody else touches\b|\bjust me (and|with)\b|\bheads?[- ]down\b
independent 1 - \b(solo|isolat\w*|individual contributors?)\b
independent 1 >highly_collaborative \bsilos?\b
highly_collaborative 2 - \bin each other'?s pockets\b|\b(nothing|no one|nobody|you) (gets done|can do (it|this|that|a \w+|the \w+|anything)|does anything) (alone|on (their|your|his|her) own|solo)\b|\bcan't do (a|an|the|it|this|that|anything) (\w+ ){0,2}alone\b
highly_collaborative 1.5 - \b(group|joint|collective|shared) (effort|endeavour|thing|job)\b|\b(everybody|everyone|all|we all) (piles?|piling|mucks?|mucking|jumps?|jumping) in\b|\bbounc\w* (ideas )?(off each other|around|off one another)\b
highly_collaborative 1.5 - \b(lean|leans|rely|relies|depend|depends|cover|covers) (on|for) each other\b|\b(swap|swapping|rotate|rotating) (round|around|roles|jobs)\b|\btake turns\b|\b(tight|close) (team|unit|crew|crowd|bunch)\b|\b(everybody|everyone) helps (everybody|everyone)\b
highly_collaborative 1.5 - \b(group|team|studio|peer) (crits?|critiques?)\b|\b(everyone's|everybody's) and (no one's|nobody's)\b
highly_collaborative 1.5 - \bin and out of each other'?s\b|\b(a lot of|lots of|constant|loads of) back and forth\b|\b(brainstorm|ideat|whiteboard|sketch|iterat|workshop)\w* (\w+ ){0,3}(together|as a (group|team))\b
highly_collaborative 1.5 - \bshare (everything|all of it|code|clients|files|knowledge|ideas|the lot)\b|\b(we|they) do (nothing|very little) alone\b
highly_collaborative 1.5 - \bnot (any|one) (one )?person's\b|\b(no|nobody's|there's no) ["“‘']?(that's )?(my|your|his|her) (bit|job|patch|part)\b
independent 1.5 - \b(got|have|has|run|runs|manage|manages|look after|looks after) (my|their|his|her|our|your) own (accounts?|clients?|projects?|patch|caseload|territory|portfolio|customers|stores?|sites?)\b
independent 2 - \b(left|leave you|leaves you|leave us|leave me) to (get on with it|(my|your|our|their|his|her) own devices|it)\b|\blone wol(f|ves)\b|\b(each|every) (\w+ ){0,2}(has|have|gets|owns|runs) (their|his|her|its|my|a)? ?own (clients?|projects?|accounts?|caseload|book|patch|territory|route|round|portfolio|files?|desk|region|area|queue|list|objects|bench|cases|jobs|pieces)\b
independent 1.5 - \b(solitary|lonely)( work| job| role)?\b|\bindividual work\b|\bkeeps? (to )?(themselves|ourselves|myself|himself|herself)\b|\bthe only one (who|that|here who) (does|do|knows|works)\b
independent 1.5 - \b(organi[sz]e|plan|manage|handle|run)\w* (it |things |everything |it all |my work |my day )?(alone|solo)\b
independent 1.5 - \b(part|bit|piece|thing|stuff|files?|job|work) alone\b|\balone with (my|your|their|his|her) (work|book|thoughts|files?|code|clients?|desk)\b|\bin (my|our|their|your) own (lanes?|bubbles?|corners?|worlds?)\b
independent 1.5 - \b(my|our|their) (clients?|accounts?|projects?|patch|book|caseload|files?) (is|are) (mine|ours|theirs)\b|\bthey are mine\b|\bwork (very much |mostly |largely )?in parallel\b|\bheadphones on\b
independent 1.5 - \b(don't|do not|rarely|hardly ever|seldom) (really |much )?(overlap|cross paths|work on the same)\b|\b(barely|rarely|hardly|seldom|hardly ever) see each other\b
independent 1.5 - \b(everyone|everybody|we all|people|we each) (just )?(does|do|doing|gets on with) (their|our|his|her) own thing\b|\bone-(wo)?man (band|show|army)\b
mixed 3 - \b(mix|balance|split)\b (of|between) (working )?(solo|independent|individual|alone|on (my|your|their) own)
mixed 3 - \b(mix|balance)\b.{0,60}\b(alone|on my own|by myself|solo|independent\w*)\b|\b(alone|on my own|by myself|solo|(are|is) mine|heads?-down)\b.{0,60}\b(together|(with|for) (the )?(team|others|everyone|group))\b
mixed 3 - \bhalf\b (\w+ ){0,6}(alone|on my own|by myself|solo|headphones)\b.{0,60}\bhalf\b
[communication]
async_first 2 >sync_heavy \basync\w*
async_first 1 >sync_heavy (?<!it's )(?<!it is )(?<!they're )(?<!they are )\bwritten down\b
async_first 1.5 >sync_heavy \bin writing\b|\beverything('s| is| else is)? (basically )?written\b(?! (down )?(in|into) (the|our|a|your|their|plain) )|\b(mostly|all) (we )?(write|written)\b(?! (down )?(in|into) (the|our|a|your|their) )
async_first 1.5 >sync_heavy \bwritten (docs|updates?|communication|threads|posts?|proposals?|reports?)\b
async_first 1.5 >sync_heavy \b(write|writes|writing|wrote) (things|everything|it all|a (short )?(design )?doc\w*|a proposal|an? rfc)\b
async_first 1.5 >sync_heavy \b(design docs?|rfcs?|proposal documents?|comment threads)\b|\bcomment\w* (on it |on the doc )?(in their own time|over the next)
async_first 2 - \b(reply|replies|respond|answer|response)\w* (comes )?(with)?in (a few |some )?(hours|the day)\b|\b(answer|reply|response)\w* (comes? )?(a few |some )?hours later\b
async_first 2 - \b(reply|replies|respond\w*|answer\w*) when (they|you|people) (get to it|can|have time)\b|\b(reply|replies|respond\w*|answer\w*|read\w*|comment\w*|get back to (you|me|us))\b.{0,30}\bin (their|your|our|my) own time\b
async_first 0.75 >sync_heavy \b(docs|documents|documentation|notion|loom|confluence|threads)\b
async_first 1 - \brecord\w* (short )?videos\b
sync_heavy 1 >async_first \bmeetings?\b
sync_heavy 2 >async_first \b(lots of|a lot of|many|loads of|so many|endless|back-to-back|constant) (meetings|calls)\b|\bin meetings\b|\bmeeting for everything\b
sync_heavy 1.5 >async_first \b(talk(s|ing)?|speak\w*) (a lot|constantly|all day|all the time)\b|\b(lots of|a lot of) talking\b|\bby talking\b
sync_heavy 1.5 - \bface[- ]to[- ]face\b|\bout loud\b|\bto (someone's|their|your|my) face\b|\bturn your chair\b|\b(grab|walk over to|pop over to) (someone|people|them)\b
sync_heavy 1.5 - \b(talk|talked|talking|discussed|hash\w*) (\w+ ){0,2}(through|out)\b.{0,20}\b(live|in person|face)|\b(discussed|talked through) live\b
sync_heavy 1.5 >async_first \bprefer (talking|a call|calls|to talk)\b|\bvoice channel\b|\b(do|jump on|hop on) a call\b
sync_heavy 0.75 - \bon a call\b
sync_heavy 1 - \b(huddles?|status review|steering committee|all-hands|syncs?|kick-?offs?|check-?ins?)\b
sync_heavy 1 - \b(stand-?ups?|daily (sync|check-?in|call))\b
sync_heavy 0.5 - \b(calls|in person)\b
balanced 3 - \b(balance|mix) (of|between) (meetings|calls|sync\w*|written|writing|async\w*|talking|talk|spoken)
balanced 3 - \b(mix|balance|half)\b.{0,40}\b(talk\w*|spoken|calls?|meetings?|live)\b.{0,15}\b(writ\w*|async\w*|docs)\b
balanced 3 - \b(mix|balance|half)\b.{0,40}\b(writ\w*|async\w*|docs)\b.{0,15}\b(talk\w*|spoken|calls?|meetings?|live)\b
[pace]
fast_startup 2 >steady \b(move|moves|moving) (very |extremely |really |super |so )?(fast|quickly|quick)\b|\bmove-fast
fast_startup 1.5 >steady \b(fast|fast[- ]paced|fast-moving|hectic|frantic|breakneck|chaos|chaotic|relentless)\b
fast_startup 1.5 - \b(ship|patch|releas|deploy|launch|push)\w*\b.{0,40}\b(daily|every (single )?(day|week)|weekly|times (a|per) day|a day|many times)\b
fast_startup 1.5 >steady \bpriorities (shift|change)\w*|\b(roadmap|plan)\b.{0,20}\b(changes|rewritten|torn up|looks different)\b|\bpivot\w*
fast_startup 1.5 >steady \b(chang\w*|moves?) (all the time|constantly|every (week|day|month)|overnight|fast|quickly)\b
fast_startup 1 >steady \b(urgent\w*|on fire(?! (regulations|safety|training))|fire ?drills?|firefight\w*|all-nighters?)\b
fast_startup 1 >slow_methodical \bin a (hurry|rush)\b
fast_startup 1 >steady \b(quickly|rapid(ly)?|rushing|speed|scrappy|always running)\b
fast_startup 1 >steady \b(startups?|start-ups?)\b
fast_startup 1 - \bambiguity\b
fast_startup 2 - \b(sprint|race) that (never|doesn't|does not|won't) (ends?|stops?)\b|\b(whirlwind|rollercoaster|firehose|treadmill)\b|\b(every|each) day is different\b
fast_startup 2 - \b(a )?hundred miles an hour\b|\b(flat out|full tilt|full throttle|all go|never a dull moment|pressure cooker|hit the ground running)\b|\b(racing|race|sprinting|sprint) (to|against)\b|\bin (hours|days),? not (days|weeks|months)\b|\bturn\w* (things|it|work|requests) around in (hours|a day|days)\b
fast_startup 1.5 - \b(everything|it)('s| is| was) (always )?(needed )?yesterday\b|\bwanted it yesterday\b
fast_startup 1.5 >steady \bpriorities (flip|swing|lurch|jump)\w*|\b(the |a )?plan (moves|changes|lasts (until|till|about|a))\b|\bnothing stays (the same|still)\b
steady 3 - \bsteady\b|\bsteadily\b
steady 2 - \b(predictable|consistent|sustainable|regular|calm|even|same|stable|sane|steady|measured|sensible|reasonable|comfortable|manageable|healthy|gentle) (cadence|pace|rhythm|tempo|week|flow|beat|drumbeat)\b|\bmarathon,? not a sprint\b
steady 2 - \b(workload|pace|week|work)('s| is| are) (\w+ )?(predictable|manageable|sensible|steady|sustainable)\b|\b(ticks|chugs|hums|rolls) along\b|\b(rarely|seldom|hardly ever|never) (a |any )?(panics?|fire-?drills?|mad rush)\b
steady 2 - \beven keel\b|\bno (big |real )?(panics|fire-?drills|firefighting|mad rushes)\b
steady 1.5 - \bsame (rhythm|pace)\b|\b(week|day|month) in,? (week|day|month) out\b|\b(week|month) (to|after) (week|month)\b|\bsustainable\b
steady 1 - \b(predictable|calm|sane|routine|stable)\b
steady 1 - \b(ship|releas|deploy|sprint)\w*\b.{0,30}\b(every two weeks|biweekly|fortnightly)\b|\b\w+[- ]week (cycles?|sprints?)\b
slow_methodical 1.5 >fast_startup \b(slow|slowly|methodical|deliberate(ly)?(?! (mix|choice|decision|policy|attempt|effort|balance|move|strategy))|careful(ly)?(?! to (say|point|stress|mention|note|add|explain|make|flag|warn|tell))|thorough|glacial(ly)?|meticulous|cautious(ly)?|procedural)\b
slow_methodical 1.5 - \btakes? (\w+ ){0,4}(months|years|a year)\b|\b(months|a year|years) (from|before|to (get|change|approve))\b
slow_methodical 1.5 - \b(a year|months|(\w+ )?years?|(\w+ )?months) (is|are) (normal|typical|standard|usual|nothing)\b
slow_methodical 1.5 - \btake (the |our |their )?time (to|over|with|on)\b
slow_methodical 1 - \btake time\b|\bget it right\b|\blong (timescales|cycles|review)\b
slow_methodical 1 - \b(release quarterly|quarterly releases?)\b|\brelease\w* (once|twice) a (year|quarter)\b
slow_methodical 1 - \b(regression cycle|(security|architecture|legal|compliance) review|change control|validation|governance|regulat\w*|audits?)\b
slow_methodical 2 - (?<!can )(?<!could )(?<!might )\btakes? (ages|forever)\b|\bturning (a|an|the) (super|oil )?(tanker|ship|oil tanker|supertanker)\b
slow_methodical 1.5 - \brisk-?averse\b|\b(checked|checks|check) (twice|and double-checked|everything twice)\b|\bdouble-check\w*\b|\bbelt and braces\b
slow_methodical 1.5 - \b(goes|go|went|has to go|have to go|passes|pass) through (\w+ ){0,2}(committees?|approvals?|sign-offs?|layers|boards?|panels?|rounds of)\b
slow_methodical 1 - \bchange (approval|advisory) board\b|\bpiloted\b
[collaboration_style]
independent 1.5 - ^\W*own (clients?|accounts?|projects?|patch|caseload|book|files?|desk|bench|cases)\b
# Practices: alone most of the day, the work is mine.
independent 2 - \balone\b.{0,40}\b(most|all|much) of the (day|time|week|shift)\b|\bthe (work|job|project|case|file|piece)s? (is|are) (mine|hers|his|theirs|ours)\b
[communication]
# Practices that say how people talk: by writing, answers hours later, one call a week, a
# talk every morning.
async_first 2 - \b(mostly|mainly|largely|all|almost all|nearly all) (by|in|over|through) (writing|text|messages|chat|email|slack|comments)\b
async_first 2 - \b(not|don't|doesn't|never|nobody|no one) (\w+ ){0,2}expect\w* (an? )?(answer|reply|response)\w* (till|until|before|for) (after|later|the (afternoon|next|end)|tomorrow|hours|a few hours|a day)\b
async_first 1.5 - \b(exactly|only|just) one (standing |regular |weekly |recurring |fixed )?(call|meeting)\b
async_first 1.5 - \b(post|posts|posting|write|writes|drop|drops|leave|leaves) (a |an |your |our |their |my |short |quick |daily |weekly |written )*(update|note|summary|status)s? (in|on|to) (the |a |our |your )\b
async_first 1.5 - \b(everything|anything|the rest) (else )?(goes|go|runs|happens) (through|in|on|via) (the |a |our )?(ticket\w*|tracker|team channel|channel|chat|email|inbox|board|thread)\b
sync_heavy 2 - \b(mostly|mainly|largely|all) (it's |it is )?(talking|out loud|on the phone|by phone|on calls|calls|face to face|in person)[.!]?$|\bit's (mostly |mainly |all )?talking[.!]?$
sync_heavy 1.5 - \b(talk|briefing|huddle|stand-?up|meeting|call|check-?in|debrief|catch-?up)s? (at [\w:.]+ )?(every|each) (single )?(morning|day|shift|evening)\b
[pace]
# Practices: every month the same, no scramble in years.
steady 2 - \bsame every (day|week|month|year|quarter|season)\b|\b(every|each) (day|week|month) (is|looks) (the same|much the same|alike)\b|\b(haven't|hasn't|never|no|rarely) (had |been |seen )?(a single |a |any )?(scrambles?|mad dash(es)?|panics?)\b
[collaboration_style]
# Practices: everyone piling into one room or channel; nobody to talk to until lunch.
highly_collaborative 1.5 - \b(we all|everyone|everybody|all of us) (\w+ )?(pile|piles|jump|jumps|crowd|crowds|get|gets|pack|packs) (into|in|on|onto) (one|a|the|the same) (channel|room|call|thread|table|huddle)\b
independent 1.5 - \b(don't|do not|rarely|barely|hardly|never) (really )?(speak|talk) to (anyone|anybody|a soul|another person)\b|\b(just )?get on with (my|their|your|his|her) (own )?(drawings|work|stuff|jobs?|cases|files|list|queue)\b
[communication]
async_first 1.5 - \b(sorted|answered|settled|handled|resolved|decided|discussed) (in|on|over) (the |a )?(team |project )?(thread|channel|chat|doc|comments|ticket|tracker)s?\b|\b(gets?|got|is|are) written up\b
async_first 1.5 - \bcomment\w* (on it |on them )?over (a|the) (couple of|few|next) (days|hours)\b|\bmeet (only )?once (a|every) (fortnight|month|quarter)\b
sync_heavy 2 - \bon (video )?calls (most|all|much) of the (day|time|week)\b|\bback-to-back (video |zoom |teams )?(calls|meetings)\b
[pace]
slow_methodical 2 - \b(through|of) (three|four|five|several|many|multiple|two|\d) rounds of (checks|review|reviews|testing|tests|approvals?|sign-offs?|sign-off)\b
fast_startup 2 - \b(plan|plans|roadmap|priorities|schedule)( for the \w+)? (was|were|got|gets|is|are) (thrown out|scrapped|torn up|rewritten|binned|ripped up)\b
steady 2 - \b(priorities|plans?|roadmap|the plan) (hold|holds|stay|stays|stick|sticks) (for )?(the |a )?(whole )?(quarter|year|month|season)\b
[collaboration_style]
highly_collaborative 2 - \bpair (up )?on (almost |nearly )?(every|most|all)\b|\bswap (partners|pairs)\b
highly_collaborative 1.5 - \b(problems?|issues?|things) (get|gets|are) (solved|sorted|fixed|worked out) (together|as a (team|group)|at (that|the|one) table)\b
[communication]
async_first 1.5 - \b(decided|agreed|settled|sorted) in (a|the) shared (doc|document|thread|page)\b|\b(calls|meetings) are (rare|few|the exception|unusual)\b
sync_heavy 1 - \b(morning|daily|evening|shift|start-of-shift) (brief|briefing|huddle|meeting|call|stand-?up)s?\b
[pace]
fast_startup 1.5 - \b(ship|releas|deploy|launch|push)\w* (every|each) (morning|afternoon|evening|night)\b
slow_methodical 2 - \bafter (months|years) of (testing|review|trials|checks|validation|approvals?)\b|\bone (big )?release (each|a|per) (year|spring|summer|autumn|winter)\b
[communication]
async_first 2 - \b(mostly|mainly|largely) (work|talk|communicate|coordinate)\w* (through|by|over|via|in) (messages|chat|email|slack|text|writing|comments|tickets|the doc|docs|threads)\b
[pace]
steady 2 - \bsame as (last|every|any other) (week|month|day)\b|\bnothing (surprising|unexpected) (ever )?(lands|happens|comes up|turns up)\b
fast_startup 2 - \b(something|anything) new (lands|comes in|comes up|drops|arrives) (every|each) (day|morning|hour)\b
[collaboration_style]
highly_collaborative 1.5 - \b(work|working|go|going)\w* through (\w+ ){0,3}as a (group|team)\b|\btwo to a (task|job|ticket|case|truck|van|patient|desk)\b
"""
