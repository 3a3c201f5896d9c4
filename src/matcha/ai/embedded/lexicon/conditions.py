"""Cues for working conditions: work-life balance, growth, where people work, and size."""

_DAY = r"(mon|tues|wednes|thurs|fri|satur|sun)days?"
_FEW = r"(one|two|three|four|a couple of|a few|some|\d|2-3|two or three|three or four)"
_SITE = (
    r"(office|studio|plant|factory|site|building|warehouse|restaurant|practice|surgery|clinic|"
    r"hospital|lab|shop|store|ward|kitchen|depot|branch|centre|center|hq|workshop|yard|garage|"
    r"salon|bakery|mill|showroom)"
)
_TIME = (
    r"(\d{1,2}([:.]\d\d)?\s?(am|pm|a\.m\.|p\.m\.)?|four|five|six|seven|eight|nine|ten|eleven|noon|"
    r"half (past )?\w+|\w+ thirty)"
)

TABLE = rf"""
[work_life_balance]
flexible 2 >structured \bflexib\w*\b(?! (about|on|with|around) (it|that|this|the (notice|start|date|salary|price|deadline|scope|dress code)|my notice|start dates?|salary|pay|dress))|\bflexi-?time\b|\bflextime\b
flexible 2 - \b(set|choose|pick|plan|decide|agree|manage|make)s? (\w+ )?(your|their|my|our|her|his) own (schedule|hours|working pattern|pattern|days|times?|working week)\b
flexible 2 - \bwhen(ever)? (it )?suits\b|\bwhatever suits\b|\bwhenever (you|they|I|we) (like|want)\b|\b(like|when|whenever) you want\b|\bwhen(ever)? (you|they|I|we) like\b|\bwork whenever\b
flexible 2 - \b(hours|schedule|time)\W+(are |is )?(totally |entirely |completely )?(up to (me|you|them|her|him)|(my|your|her|his|their) own)\b|\b(totally|entirely) up to (me|you|them)\b
flexible 2 - \b(as|so) long as (the |your |my )?(work|it|things)('s| is| gets?) (done|covered)\b
flexible 2 - \btime off is (easy|unlimited|never a (battle|problem))\b|\bunlimited (pto|leave|holidays?|vacation|time off)\b|\b(easy|encouraged) to take\b
flexible 2 - \bwhatever works (for (you|them|me|us|people|everyone)|best)\b|\b(nobody|no one)('s| is)? (clock-?watching|watching the clock|counting (the |your )?hours)\b
flexible 2 - \b(start|finish|arrive|come in|leave) (any ?time|whenever)\b|\b(nobody|no one) (minds|cares|bats an eyelid|blinks)\b.{{0,40}}\b(pop|nip|leave|school|appointment|dentist|doctor|early|late|start|finish)\w*\b
flexible 1.5 - \b(compressed (week|hours)|four long days|nine-day fortnight|school run|part-time|job-?shar\w*)\b
flexible 1.5 - \btake (the |a )?(time|afternoon|morning|day|days|friday) off\b|\bput it in the (team |shared )?calendar\b
structured 1.5 >flexible \b(tracks?|monitors?|watch(es)?|counts?|checks?) (the clock|(your |my |the )?hours|when (you|people))\b|\bnobody (tracks|checks|monitors) it\b
structured 2 >flexible \b(core|fixed|standard|regular|set|contracted|contractual) (working )?(hours|shifts?|sessions|times|schedule|rota|pattern)\b
structured 2 - \b(shifts|rotas?|roster(ed)?|shift (pattern|line|work)|(early|late|night|day) shifts?|on shift|my shift|your shift|the shift|four shifts)\b
structured 2 - \b(clock|clocks|clocked|log|logs|logged) (in|on|off|out)\b(?! (from|remotely|at home))|\btimesheets?\b
structured 1.5 - \b(from )?{_TIME} (to|till|until|-|–) {_TIME}\b(?! (weeks|months|years|days|people|hours|minutes|times|staff|per|a (week|month|year)))|\bnine[- ]to[- ]five\b|\b9[- ]to[- ]5\b|\b9-5\b
structured 2 - \b(3\d|40|thirty[- ]\w+|forty)[- ]hours?( a)? week\b|\bmonday to friday\b
structured 1.5 - \b(you|I|we|they) (just )?(go|went) home\b|\b(you're|I'm|we're) (off|done)\b|\bthat's your (evening|day)\b|\bfinish on time\b|\bout the door (by|at)\b
structured 1.5 - \b(rota|schedule|shifts?|diary)\b.{{0,30}}\b(ahead|in advance|early|before)\b
structured 1.5 - \bovertime\b.{{0,30}}\b(paid|approved|signed off|in advance)\b|\b(paid|approved) overtime\b
structured 1.5 - \b(off|home|out|done|finished|gone) (site |the door |work |the clock )?by (\d|one|two|three|four|five|six|half)\b|\bnormal (office )?hours\b
structured 1 - \b(weekends|evenings|saturdays|sundays) (are|stay|remain) (mine|yours|ours|free|my own|your own|sacred|protected|off)\b|\b(I|you|we) (get|keep|have) (my|your|our) (evenings|weekends)\b|\b(go|get|going) home at a (normal|sensible|decent|reasonable) (time|hour)\b
structured 1 - \bat (their|your|our|my) desks?\b|\b(lunch hour|hour for lunch|actual lunch|predictable (hours|schedule|days|week))\b
demanding 2 - \b(demanding|intense|crunch|always on|always-on|go the extra mile|grind|burn-?out|brutal)\b
demanding 2 - \bwork\w* (late|long hours|evenings|weekends|nights|overtime|saturdays?|sundays?)\b
demanding 2 - \b(hours are|hours were|days are) (\w+ )?(long|crazy|brutal|intense|punishing|gruell?ing|insane|mad|relentless|antisocial|unsociable|silly)\b|\b([5-9]\d|(fifty|sixty|seventy|eighty)(-\w+)?)[- ]hours?( a| per)? weeks?\b
demanding 1.5 >structured \b(late nights|long hours|long days|take work home|nights and weekends|evenings and weekends|weekends in a row)\b
demanding 1.5 >structured \b(on call|on-call|pager|paged)\b|\b(stay|stayed|left|leave|work) (until|till|after) (nine|ten|eleven|midnight|late|\d+ ?pm)\b
demanding 1 - \b(deadlines?|at midnight|(time|days) (off )?in lieu)\b
demanding 2 - \b(are|is|'re|'s|stay|stays|staying|stayed|still) (in|here|there|at (it|work|the office|their desks?|our desks?)) (until |till )?late\b|\b(late|evenings?|nights?) and (on |at )?weekends\b|\b(most|every) (nights|evenings|weekends)\b
demanding 2 - \b(work\w*|in|here|there) (until|till) (seven|eight|nine|ten|eleven|midnight|\d\d?(:\d\d)?( ?pm)?)\b|\b(lose|losing|lost) (the |your |my |our )?(sundays|saturdays|weekends|evenings)\b|\bburn\w* the midnight oil\b
demanding 2 - \b(reachable|contactable|available|on the phone|online|answering emails) (at all hours|24/7|around the clock|round the clock|all hours)\b|\b(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|twenty|1\d|2\d)[- ]hour (days|shifts)\b|\blong-hours culture\b|\bpresenteeism\b|\bweekends (\w+ )?(get |are )?(eaten|swallowed|lost|gone)\b
demanding 1.5 - \bno such thing as (a |the )?(nine[- ]to[- ]five|9[- ]to[- ]5|clocking off|switching off)\b|\b(silly|crazy|stupid|mad|punishing|gruell?ing) hours\b|\bsprint that (never|doesn't) (ends?|stops?)\b
demanding 0.5 >structured \b(evenings|weekends|overtime)\b
[growth_focus]
promotion_track 2 - \bpromot\w*
promotion_track 1.5 - \bcareer (ladder|path|track|model|progression|framework)s?\b|\bclear (path|track)\b|\bladders?\b
promotion_track 1 - \bgrades?\b
promotion_track 1.5 - \b(management|technical|partner) track\b|\b(promotion|competency|levell?ing) framework\b|\bpay bands?\b
promotion_track 1.5 - \b(step|move|go|went|bumped|made) up\b.{{0,20}}\b(grade|level|band|senior)\b|\b(next|higher) (grade|level|band)\b|\bmov(e|es|ed|ing) up\b
promotion_track 2 - \b(step\w*|mov\w*|bump\w*|promot\w*) (\w+ ){{0,3}}up (a|one|two|the|to the next) (grade|level|band|step|rung)s?\b
promotion_track 1.5 - \b(clear|well-worn|defined|published|written|obvious)(,? [\w-]+)? (path|track|route|ladder)\b|\broute (to|up to) (the )?(next )?(band|grade|level|senior|consultant|partner|principal|manager)\b
promotion_track 1 - \b(annual|yearly|mid-year|year-end|performance|six-month|formal) (review|appraisal)s?\b|\bappraisals?\b
promotion_track 0.75 - \bprogression\b
skill_development 2 - \b(learning|training|education|development|cpd) (budget|allowance)\b|\bstudy (leave|days)\b|\bcpd\b
skill_development 2 - \b(more|rather) than titles\b|\bnot (only|just) about titles\b
skill_development 1.5 - \b(certifications?|certificates?|exams|academy|diploma|qualifications?)\b
skill_development 1.5 - \b((?<!of )courses?|conferences?|mentors?|mentoring|mentored|coaching|(?<!the )workshops?|secondments?|shadowing|rotations?)\b
skill_development 1.5 - \b(pay|paid|pays|fund|funded|funds) (for )?(my|the|your|our|half|part)?\b.{{0,20}}\b(courses?|diploma|fees|certificate|degree|exams?|training)\b
skill_development 1 - \b(learn|learned|learning|learnt|upskill\w*|deepen\w*|train (up|people|you|staff))\b
skill_development 1 - \btraining\b|\bteach each other\b|\blunch(time)? (talks?|and learns?)\b
both 2.5 - \bboth ways\b|\bboth\b.{{0,30}}\b(promot\w*|learning|growth|ladder|grade)\b|\bin two ways\b
[remote_policy]
fully_remote 2.5 >hybrid \b(fully|100%|all|completely|entirely) remote\b|\bremote[- ](first|only)\b|\ball-remote\b
fully_remote 2.5 - \bno (physical )?(office|offices|hq|headquarters)\b|\b(don't|do not|never) (have|had|rent)\w* (an? |any )?(office|offices)\b|\bwithout an office\b
fully_remote 2.5 - \b(everyone|everybody|we)('s| is| are|'re) (fully )?remote\b|\bdistributed (team|company|everywhere|across|all over)\b
fully_remote 2.5 - \b(whole|entire) (company|team|business|firm|org\w*|staff) (works?|is|are) (from home|remote\w*)\b|\b(everyone|everybody|we all|all of us) (works?|work) (from home|remotely)\b|\b(fully|completely|entirely) distributed\b
fully_remote 2 - \b(work|works|working) (from )?(anywhere|wherever (they|you|we|he|she) (like|likes|want|wants|are))\b
fully_remote 2 - \b(spread|scattered|based|distributed|are) (all )?(across|over|around) .{{0,30}}(countries|time ?zones|continents|the (world|globe|us|country))\b|\b(across|in) (\w+ )?time ?zones\b
fully_remote 1.5 - \b(offsite|off-site|meet ?up|retreat|get together)\b.{{0,25}}\bonce a (year|quarter)\b|\bnever (actually )?met\b
fully_remote 1 >in_office (?<!feels )(?<!feel )(?<!seems )(?<!too )(?<!very )\bremote\w*\b|\bfrom home\b|\bhome[- ]?(office|working)\b|\bfrom my (flat|apartment|kitchen|house|home)\b
fully_remote 1 - \b(café|cafe|coffee shop|co-?working)\b
hybrid 2.5 - \bhybrid\b|\banchor days?\b|\b(office|in-office|team|home|wfh|remote|at-home) days\b
hybrid 2.5 - \b(the )?(rest|other days|remaining days|rest of the (week|time))\b.{{0,60}}\b(home|remote\w*|wherever|anywhere|(my|our|their) (house|flat|apartment|place))\b|\b(home|remote\w*) the rest\b
hybrid 2.5 - \b(office|in|on[- ]site)\b.{{0,30}}\b{_FEW} days\b.{{0,40}}\b(home|remote\w*)\b|\b{_FEW} days\b.{{0,30}}\b(home|remote\w*)\b.{{0,40}}\b(office|in)\b
hybrid 2 - \b{_FEW} (days?|times) (a|per|each|every) week\b|\bat least {_FEW} days\b|\bsome days\b.{{0,40}}\bothers?\b
hybrid 2 - \b{_SITE},? (on )?{_DAY}( and {_DAY})?\b|\b(home|remote\w*|from home) otherwise\b|\botherwise (at |from )?home\b|\b{_DAY} and {_DAY} (in|at)\b
hybrid 2 - \b(come|go|are|'re|am|is|work) (in|there|into the \w+|in the \w+) (on )?{_DAY}( and {_DAY})?\b
hybrid 2.5 - \b{_FEW} days? (in|in the office|on[- ]site|at the office)\b.{{0,30}}\b(home|remote\w*|wfh)\b
hybrid 2 - \bsplit (between|our|their|your|my)\b.{{0,30}}\b(home|office|remote)\b
hybrid 2.5 - \b(mon|tues|wednes|thurs|fri)days?(?:(?:,| and| or| &) (mon|tues|wednes|thurs|fri)days?)*,? ([\w']+ ){{0,3}}(home|from home|remote\w*|wfh)\b
hybrid 2 - \b(?!mondays? (to|through|till|until|-|–) fridays?)(mon|tues|wednes|thurs)days? (to|through|till|until|-|–) (tues|wednes|thurs)days?,? (\w+('s|'re)? ){{0,2}}(in|at|on[- ]site)\b|\b(in|at) the (office|studio|hq) (\w+ )?(mon|tues|wednes|thurs)days? (to|through|till|until|-|–) (tues|wednes|thurs)days?\b
in_office 2.5 - \b(everyone|everybody|all of us|we|people)('s| is| are|'re) (all )?(in\b(?= every|[.,;!])|on[- ]site|in the (\w+ )?{_SITE}|in the building)
in_office 2.5 - \b(in|at|on) the (\w+ )?{_SITE},? (five days( a week)?|every (single )?(day|weekday)|monday to friday|full[- ]time)\b|\b(five days|every day)\b.{{0,20}}\b(in the|on[- ]site|at the)\b
in_office 2 - \boffice-based\b|\bon-?site (company|role|job|team)\b
in_office 1.5 - \b(need|needs|have|has|got) to be (at|in|on) the (bench|office|site|ward|lab|desk|till|counter|shop floor|depot|workshop|studio|kitchen|plant)\b
in_office 2 - \bon the (shop floor|ward|wards|factory floor|floor)\b|\b(return\w*|back) to (the )?office\b|\bon[- ]site\b|\bin person every day\b
in_office 2 - \b(come|comes|go|goes|are|is|'re|'s) in every day\b|\b(turn|turns|show|shows) up\b.{{0,20}}\b(every day|each day)\b
in_office 1.5 >fully_remote \b(in the office|in[- ]office|in the building|five days a week)\b
in_office 0.5 - \bin the (studio|plant|practice|surgery|warehouse|lab|factory|ward|clinic|restaurant|kitchen|depot)\b|\bat (their|our|my|your) desks?\b
in_office 0.5 >fully_remote \b(the|our|an|a) office\b|\bsit together\b
[team_size]
small 2 - \b(small|tiny|little) (team|company|group|studio|firm|practice|business|charity|startup|shop|outfit|operation|organi[sz]ation)\b
small 2 - \b(tight|close)-knit\b|\b(team|company) is (small|tiny)\b|\bwe're (tiny|small)\b
small 1.5 - \b(family[- ](run|owned)|family business|mom-and-pop|mum-and-dad|boutique)\b|\b(everyone|everybody) knows (everyone|everybody)\b|\bknow (everyone|everybody)('s| by) name\b
medium 2 - \b(mid|medium)-sized\b
large 1.5 - \b(multinational|household name|fortune 500|ftse( 100| 250)?|listed company|plc)\b|\b(hundreds|thousands) of (stores|branches|sites|offices|shops|locations)\b|\b(offices|sites|branches) in (\d\d+|\w+ty(-\w+)?) countries\b
large 2 - \b(large|big|huge|massive|global) (enterprise|company|organi[sz]ation|employer|corporate|group|firm|insurer|bank|airline|multinational)\b|\bone of the (largest|biggest)\b|\b(it's|we're) (big|huge)\b
[growth_focus]
# Practices: what each level asks for, pay that follows the level, reviews that move people up.
promotion_track 2 - \b(each|every) (level|band|grade|step|rung)('s got| has got| has| comes with) (its|a|their) (own )?(list|requirements?|criteria|checklist|competenc\w*|expectations|bar|targets)\b|\b(each|every) (level|band|grade|step|rung) (needs|requires)\b|\bpay (goes up|rises|changes|increases) with (each|the|every) (level|band|grade|step)\b
promotion_track 1 - \breviews? (twice|once|two times|every (six|twelve) months) (a|per|each) year\b
[work_life_balance]
# Practices: frequent call-outs, nights in the small hours, a month with one free weekend.
demanding 2.5 - \b(one|1) (week|weekend|night) (in|of|out of) (every )?(two|three|four|2|3|4)\b
demanding 2 - \b(one|a single|only one|just one) free (weekend|evening|day)\b|\b(until|till|til) (the light (is|goes)|(it's|it is|it gets) dark|dark)\b
demanding 1.5 - \b(at|until|till|past) ([1-4]|one|two|three|four)( ?a\.?m\.?|am| in the morning)(?!\w)|\b(work\w*|stay\w*|up|there|here|at it|answering|watching|checking|on (the )?(phone|laptop|calls?))\b.{{0,25}}\b(till|until|past) midnight\b|\bphone rings (in|at|during) the night\b|\b(don't|doesn't|never) keep office hours\b
[remote_policy]
# Practices: no office to come into, living anywhere, days that must be spent in.
fully_remote 2.5 - \b(nobody|no one) (works?|is|sits) (from|in|at) (a|an|the) (shared |physical )?(office|building)\b|\bno (building|office|premises) to (come|go) (in)?to\b
fully_remote 2 - \b(live|lives|living|be based|work) anywhere( at all| in the world)?\b
hybrid 2.5 - \b({_FEW}|\d) days? (compulsory|mandatory|required|in person)\b|\b{_DAY}(,? (and )?{_DAY})* (we|I|you|people) (can )?(log in|work|are) (from )?home\b
[work_life_balance]
# Practices: the building empties at six, nobody on chat after hours; messages at eleven at night.
structured 2 - \b((lights|building|office|phones?|shop|site|floor) (go|goes|went|going) (off|quiet|dark|silent)|(building|office|site|place|floor) (empties|shuts|closes|locks up))\b,? (at|by|after|around) (half )?\w+|\b(at|by|after) (half )?\w+,? (the )?((lights|building|office|phones?|shop|site|floor) (go|goes|went) (off|quiet|dark|silent)|(building|office|site|place|floor) (empties|shuts|closes|locks up))\b
structured 2 - \b(nobody|no one|nobody's|no one's)('s| is)? (on|online on|in|answering|checking|reading) (slack|teams|email|chat|messages|the chat)\b.{{0,20}}\b(after|at night|in the evening|at the weekend|at weekends)\b
demanding 1.5 - \bat (nine|ten|eleven|midnight|9|10|11) (at night|in the evening|pm|p\.m\.)\b|\b(answer|answering|reply|replying|work|working|emails?|messages?)\b.{{0,30}}\b(on|at) (sundays|saturdays|the weekend|weekends)\b
[remote_policy]
fully_remote 2 - \b(haven't|have not|don't|do not|no longer) (had|have) (a |an |any )?(desks?|office|offices)\b|\bfrom (our|their|my|your) (own )?(kitchens?|kitchen tables?|spare rooms?|living rooms?|bedrooms?|sofas?|sheds?)\b
hybrid 2.5 - \b(the rest|other days|the other days)('s| is| are)? (up to (you|them|us|me)|your (call|choice)|wherever)\b
in_office 2 - \b(everyone|everybody|all of us|we)('s| is| are|'re) (all )?at the (\w+ )?{_SITE}\b
[team_size]
small 2 - \b(whole|entire) (company|team|firm|business|staff|studio|place) (fits|fit|could fit|would fit) (in|into|round|around) (one|a|a single) (\w+ )?(room|table|minibus|van|car|booth)\b
[growth_focus]
promotion_track 2 - \b(move|moves|moved|go|goes|went|step|steps|promoted) (up )?from (\w+ ){{0,2}}(junior|associate|senior|lead|analyst|officer|assistant|trainee|tech\w*|engineer|level \w+|grade \w+|band \w+) to (\w+ ){{0,2}}(senior|lead|principal|manager|associate|partner|level \w+|grade \w+|band \w+|\w+ manager)\b
[work_life_balance]
structured 2 - \b(people|everyone|everybody|we|I|staff|the team) (leave|leaves|go home|goes home|head home|heads home|finish|finishes|clock off|clocks off|log off|logs off|pack up|packs up) (at|by) (\d{{1,2}}|four|five|six|seven|half \w+)\b|\bweekends are (never|not) touched\b
demanding 1.5 - \b(people|everyone|everybody|most|half the \w+|we|they)( are|'re)? still (at (their|our|my) desks?|in the office|at work)\b
flexible 2 - \b(sick|school|appointment|dentist|doctor|kids?|child|children|vet)\b.{{0,50}}\b(work from home|leave|go|take|come in late|stay home|log off)\b.{{0,30}}\b(nobody|no one) (asks|minds|cares|checks|blinks)\b
[remote_policy]
fully_remote 2 - \b(the rest of (the \w+|us)|(the|our) (team|company)|everyone|everybody|my colleagues)( is| are|'s) (\w+ ){{0,2}}in (\w+ ){{0,2}}(other |different )?(countries|time ?zones)\b
[growth_focus]
promotion_track 2 - \b(put|puts|putting) (me|you|them|him|her|people) forward\b|\b(annual|yearly|mid-year|year-end|promotion|performance|pay) calibration\b
[team_size]
small 2 - \bfit (the whole|the entire|all the) (company|team|firm|staff|business) (in|into|round|around) (one|a|a single)\b
[work_life_balance]
demanding 2 - \b(I|we|people|everyone|everybody|most of us|staff|they) (rarely|never|seldom|hardly ever) (leave|get out|go home|finish|log off) (before|until|till) (seven|eight|nine|ten|eleven|midnight|\d)\b|\b(dinner|tea|supper) at (the|my|our|their) desks?\b
flexible 2 - \bsome days (I|we|you|people)('m|'re)? (\w+ ){{0,3}}(at|by|from|till|until|early|late)\b.{{0,40}}\bsome days (I|we|you|people)\b
[remote_policy]
fully_remote 2 - \b(isn't|is not|there's no|there is no|no) (a )?desk (anywhere|for (us|me|anyone)|with (our|my|your) name)\b
"""
