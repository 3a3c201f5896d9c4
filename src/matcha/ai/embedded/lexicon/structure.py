"""Cues for how the company is run: hierarchy and decision making."""

_LEADERS = (
    r"(leadership|management|(the |my |our )?(\w+ )?(directors?|managers?|executives?|execs|"
    r"bosses|boss|owners?|founders?|partners|vps?|ceo|cto|coo|cfo|head office|hq|board|"
    r"committee|corporate|leads?)|senior (leadership|management|team))"
)

TABLE = rf"""
[hierarchy]
flat 2.5 - (?<!my )(?<!his )(?<!her )(?<!their )(?<!your )(?<!a )\bflat\b(?! (in|on|at|rate|fee|white|out|share|mate)\b)|\ba flat (structure|organi[sz]ation|hierarchy|team|company|studio|practice|place)\b
flat 2.5 - \bno (\w+ )?(managers?|bosses|boss|titles|hierarchy|layers|team leads?|middle management|org chart|ranks|chiefs?|chefs?|supervisors?|directors)\b
flat 2.5 - \b(don't|do not) (really )?have (any )?(managers|bosses|a boss|a manager|line managers|titles|a hierarchy|middle management)\b
flat 1.5 - \b(ceo|founder|owner|boss|md|director|partner)\b.{{0,30}}\bjust (another|one of (us|the team)|an? \w+ like (us|everyone|the rest))\b
flat 2.5 - \b(nobody|no one) (manages|is managing|reports to|is in charge of) (anybody|anyone|anyone else)\b|\b(nobody|no one) (really )?(has|have|has got) (a |any )?(manager|boss|line manager)s?\b
flat 2 - \b(nobody|no one)('s| is| has)( got)? (a title|in charge|the boss|anyone's boss)\b|\bno one's in charge\b
flat 2 - \b(the )?(two |three )?(founders|partners|owners) and (then )?(everyone|everybody) else\b|\bjust people\b
flat 1.5 - \b(opinion|voice|vote|say)s? (counts|is|are) (the )?(same|equal)|\bsame (voice|say)\b|\bare (all )?(peers|equals)\b
flat 1.5 - \b(anyone|everyone|everybody|anybody) (can )?(talks?|speaks?) (to|with) (anyone|everyone|everybody|anybody)\b
flat 1.5 - \b(dm|message|email|slack|ping|text|talk to|call|walk up to|go up to|grab|chat to|chat with|knock on)\w* the (ceo|founders?|md|managing director|owner)\b
flat 1.5 - \b(self-managed|self-managing|self-organi[sz]\w*|holacracy|sociocracy|co-?operative|co-?op|worker-owned|employee-owned)\b|\b(everyone|everybody|we're all|we are all)('s| is)? (an? )?(owners?|partners?|shareholders?|equals?)\b
flat 1 - \b(nobody|no one)('s| is) (gatekeeping|acting like a (big )?boss)\b
hierarchical 2 >flat \bhierarch\w*
hierarchical 2 >moderate \b(chain of command|pecking order|titles matter|brigade|military|army|old school)\b
hierarchical 2 >moderate \b(long|heavy|strict|rigid) chain\b|\blayers on layers\b|\b(very|so|too) many (levels|layers)\b
hierarchical 1.5 >moderate \b(very|quite|really|so|too|it's|is|are|feels?|being|fairly) (\w+ or )?(rigid|stiff|formal|strict|traditional|old-fashioned|old fashioned)\b(?! about| with| on| review)|\bbureaucra\w*|\btop-heavy\b|\b(strict|rigid|formal) (hierarchy|chain|structure|ranks?)\b
hierarchical 2 - \b(up|through) the (line|chain|ranks|hierarchy)\b|\bthrough the (levels|layers|grades)\b|\b(don't|never|can't|cannot|won't) (\w+ )?(skip (levels|a level)|go over (\w+ )?head)\b
hierarchical 1.5 - \bthrough (your|their|my|his|her) (line )?(manager|boss|supervisor|lead)\b|\b(authority limits?|delegated authority|numbered (pay )?grades?)\b
hierarchical 1 >flat \b(several|many|lots of|quite a few|multiple|four|five|six|seven|eight|nine|ten|\d+) (levels|layers)( of management)?\b
hierarchical 1.5 - \b(must|have to|has to|need to|needs to) (ask|go to|get) (my|the|his|her|your) (\w+ )?(manager|head|supervisor|boss|lead|director)\b
hierarchical 1.5 >flat \bveto\b.{{0,30}}\btitles?\b|\bapproval chain\b|\bat the top\b
hierarchical 1 - \b(signature|sign-?off|approval) from\b|\b(answers?|reports?) to\b
hierarchical 0.5 >flat \b(managers|bosses|boss)\b
moderate 2 - \b(some|a bit of|a little|a little bit of|a degree of|a light layer of) (structure|hierarchy|layers|levels)\b|\b(fairly|pretty|quite|very) (standard|normal|typical|conventional) (structure|hierarchy|set-?up|org\w*|reporting lines?)\b
moderate 1.5 - \b(structure|hierarchy|layers|levels|managers|a manager|bosses|a boss)( and stuff| and that| and so on| and all that)?,? but (you|we|people|anyone|everyone|she|he|they)\b|\bhands-off (manager|boss|management|lead)\b|\b(manager|boss|lead)\b.{{0,25}}\bhands-off\b|\b(fairly|quite|very) approachable\b|\bmoderate\b
moderate 2 - \b(a few|couple of|one|two) (layers?|levels?)( of management)?( in between)?\b|\blight(weight|-touch)? (structure|hierarchy|management)\b|\blight but\b
moderate 2.5 - \bnot (\w+ )?flat,? (no,? )?(but|nor|and) (not|nor|isn't) (\w+ )?(stiff|rigid|hierarchical|formal|corporate|strict|layered)\b
moderate 2 - \bno further (management )?(layers?|levels?)\b|\bnot a pyramid\b|\bthen (the |my |our )?(\w+ ){{0,2}}(director|ceo|md|owner|founder|boss|partners?|head)\b,? (and )?that's (it|all|the lot)\b
moderate 1.5 - \b(approachable|easy to (approach|talk to|reach))\b|\bopen[- ]door\b|\bdoor('s| is) (always )?open\b
moderate 1.5 >hierarchical \binformal\b
moderate 1 - \bthere are (layers|levels|leads|managers|team leads)\b
flat 2 - \b(nobody|no one) (pulls|pulling) rank\b|\bno ivory tower\b|\bno (corner|private) offices?\b
flat 1.5 - \b(ceo|md|managing director|founders?|owner|boss|partners?)\b ([\w']+ ){{0,8}}(sits|sit|sitting) (with|among|next to|beside|in the open[- ]plan)( us| everyone| everybody| the rest of us| the team)?\b
flat 2 - \btitles (don't|do not|never) (really )?(mean|matter|count for) (anything|much|a thing)\b|\b(nobody|no one|no-one|no layers?|nothing) in between\b|\begalitarian\b
flat 1.5 - \bfirst[- ]name (terms|basis)\b|\b(ceo|md|founders?|owner|boss|director)\b.{{0,40}}\bat the (next|same) (desk|table|bench)\b|\bsame (kitchen|desks?|canteen|table) as (everyone|everybody|us)\b
hierarchical 1.5 >moderate \btop to bottom\b|\bpyramid\b|\b(know|knows) (your|their|my|his|her) place\b|\btiered\b
hierarchical 2 - \b(seniority|status|rank|grade|hierarchy) (really )?(matters|counts|is everything|rules|is important)\b|\btop-?down,? ([\w-]+ ){{0,2}}(structure|organi[sz]ation|culture|hierarchy)\b
hierarchical 2 - \b(partners|bosses|boss|management|directors|leadership|execs?|seniors|consultants)\b.{{0,20}}\b(distant|aloof|unapproachable|out of reach|untouchable)\b
hierarchical 1.5 >flat \b(stand|stands|standing) on ceremony\b|\bivory tower\b|\bcorporate structure\b
hierarchical 2 - \b(don't|do not|never|can't|cannot|wouldn't) (\w+ )?(question|challenge|contradict|argue with|disagree with) (a|the|your|their) (partner|boss|manager|director|senior|consultant|chef|superior|head)s?\b
hierarchical 1.5 - \b(call|calls|address|addresses) (managers|bosses|seniors|him|her|them|people) by (their )?(title|role|surname|rank)s?\b|\b(sir|ma'am)\b
hierarchical 1.5 >flat \b(a lot of|lots of|loads of|tons of|plenty of|so many|too many|layers upon|several|many( more)?|four|five|six|seven|eight|nine|ten|\d+) (levels|layers|rungs|tiers|grades|bands) (between|above|below|from)\b|\b(a lot of|lots of|loads of|tons of|plenty of|so many|too many|many more|layers upon) (levels|layers|rungs|tiers|grades|bands)\b|\btall (structure|hierarchy|organi[sz]ation|pyramid)\b|\b(senior|junior|equity|salaried) partners\b
hierarchical 1 - \b(levels?|layers?|rungs?|tiers?|grades) (between|above) (me|us|you|them|a \w+)\b|\breports? (in)?to\b|\bgraded\b
hierarchical 0.75 - \b(grade|band|level) (\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b
hierarchical 0.75 - \bline manager\b|\bformality\b
moderate 2 - \b(there are|there's|we have|we've got) (\w+ )?(bosses|managers|a boss|a manager|titles|layers|levels|a hierarchy|structure),? but (they're|they are|it's|it is|nobody|no one) (not|never|pretty|quite|very|fairly|really)? ?(precious|approachable|relaxed|informal|light|human|hands-off|easy-going|friendly|pulls? rank|stiff|rigid|formal|strict|a big deal)\b
moderate 1.5 - \b(doesn't|does not|never|don't|do not) feel (heavy|corporate|stuffy|top-heavy|bureaucratic|layered)\b|\ba layer of\b
moderate 1.5 - \b(not|isn't|aren't) (precious|stuffy|strict) about (it|titles|rank|hierarchy|the chain)\b|\bgo(ing)? round the chain\b|\bskip(ping)? (a level|levels)\b.{{0,30}}\b(fine|ok|okay|allowed|nobody minds)\b
[decision_making]
autonomous 2 >top_down (?<!the rest )(?<!the time )(?<!the hours )\b(we|I|you|teams?|each team|every team|engineers|people|scientists|staff|the team) (just |really |mostly |usually |then )?(decide|decides|choose|chooses|pick|picks)\b(?! (all )?together| as a| (my|your|their|our|his|her) (own )?(hours|schedule|days|shifts|holidays)| when)
autonomous 2 >top_down \bdecide (for )?(ourselves|themselves|yourself|myself|itself)\b|\b(up to|down to) (us|the team|each team|them|the individual)\b|\bset by (each|the) (team|group|individual)\b|\b(chose|chooses|picked|picks) (\w+ ){{0,5}}(herself|himself|themselves|myself|ourselves)\b
autonomous 2 >top_down \b(it's|it is) (our|their|your|my) (decision|call|choice)\b|\bmake (its|their|our|your|my) own (calls?|decisions?)\b
autonomous 2 >top_down \b(pick|picked|choose|chose|set|sets|run|runs|own|owns|write|wrote) (its|their|our|my|your) own (\w+ )?(tools?|stuff|targets|priorities|goals|roadmap|decisions|direction|projects?|show|work|platform)\b
autonomous 2 - \bwhoever owns\b|\bclosest to the problem\b|\bmakes? the call\b|\bdecide for themselves\b
autonomous 1.5 >top_down \b(autonom\w*|empower\w*|trusted to|without asking)\b|\bown (your|their|my) (area|decisions|work)\b
consensus 2.5 - \bconsensus\b|\b(everyone|everybody) can live with\b|\b(until|till|til|'til) (everyone|everybody|the (whole )?room|we( all)?|all of us|all)( is| are|'s|'re)? (agrees?|agree|on board|behind|happy|comfortable|satisfied|aligned|in agreement|signed up|okay|ok|content)\b
consensus 2 - \b(decide|decided|decisions?|agree\w*)( \w+)? (all )?together\b|\b(nobody|no one)('s| is) blocking\b|\b(everyone|everybody)('s| is) (behind it|on board)\b
consensus 1.5 >top_down \bvot(e|es|ed|ing)\b|\bhave a say\b|\bget a say\b
consensus 1.5 - \b(we|they|everyone|everybody) (\w+ )?(talk|argue|discuss|hash)\w* (it |things )?(through|out)\b|\b(talk|argu|discuss|go round|went round|keep arguing)\w* (it |things )?(through )?until\b|\bbuy-in\b
consensus 2 - \b(decide|decided|agree|choose|chose)\w* (\w+ )?as a (team|group)\b
consensus 1 - \b(round|around) (the|a) (big )?table\b|\bwhole[- ](staff|studio|team|company) (meeting|session)s?\b|\bgeneral meeting\b
top_down 2 - \b(goes|go|went|sent|taken) (up )?(to|before) (the )?(board|committee|exec\w*|senior (team|leadership|management)|management|head office|the top|the partners|the owners?|the trustees)\b
top_down 2 - \b(has|have|gets?|got) the (last|final) (word|say|call)\b|\bwhat(ever)? (he|she|they|the \w+) says? goes\b|\b(his|her|their) word is (law|final)\b|\babove my pay grade\b
top_down 2 - \b(decided|made|sorted|settled) (above|over) (my|our|your|their) heads?\b|\b(we|you|they|I) (are|were|get|got) (just )?(informed|handed)\b
top_down 2 - \b{_LEADERS} (\w+ )?(make|makes|take|takes) (every|all( the)?|most|any|the) (big |major |important |real |key )?(calls?|decisions?)\b|\bexpected to (follow|comply|do as (we're|you're|they're) told|fall in line|toe the line|implement|carry (it|them|that|those|this) out)\b
top_down 2 - \b(get|gets|got|take|takes|took|receive|receives) (our |my |their |your )?orders from\b|\bfollow(ing)? orders\b|\bway or the highway\b|(?<!who )(?<!who really )\bcalls? (all )?the shots\b|\bsay-?so\b
top_down 2 - \b('re|are|get|got|were|was) (just |simply |basically |only )?told (what|what's|how|when|where|to)\b|\biron (fist|hand)\b|\brules? the roost\b|\b(dictator\w*|autocra\w*)\b
top_down 1.5 - \b(run|ran|running|runs) (it |things |everything |ideas |that |them )?(past|by) (the |my |our |your )?(owner|boss|manager|director|founder|partners?|md|ceo|head office|board|management)\b
top_down 1.5 - \b(needs?|requires?|get|gets|got|have to get|has to get|need to get|wait(ing)? (on|for)) (the )?(\w+'s )?(approval|blessing|ok|okay|go-?ahead|green light)\b
consensus 2 - \bthrash\w* (it |things |that )?out\b|\bunanimous\w*\b|\buntil (we|everyone|everybody|all of us) (reach|reaches|get to|find|finds|have|has) (agreement|a consensus|common ground|a decision (we|everyone))\b
consensus 2 - \b(everyone|everybody|all (two |three |four |five |six )?of us|each of us) (has|have|needs?) to (agree|sign|be on board|say yes)\b|\b(isn't|is not|aren't|not) on board,? (we|they) (keep|go back|carry on|talk)\b
top_down 2 - \b(not|isn't|ain't|is no|hardly) ([\w']+ ){{0,4}}(a )?democra\w*|\b(nothing|no \w+) (\w+ ){{0,3}}without (the |a |an |his |her |their )?(\w+'s )?(say-so|approval|sign-?off|blessing|ok|okay|go-ahead|signature)\b
consensus 2 - \b(nothing|no \w+) (\w+ ){{0,3}}(unless|until|till) (the (whole )?(team|group|room)|everyone|everybody|we all|all of us)( is| are|'s|'re)? (on board|agreed|happy|aligned|agrees?)\b
consensus 2 >top_down \bdemocra\w*|\bcollectively\b|\bcollective decisions?\b
consensus 2 - \b(get|getting|make sure|making sure) (everyone|everybody|the whole (team|group|room)|all of us) (is |are )?(aligned|on board|on the same page|in agreement|bought in)\b
consensus 2 - \b(unless|until|till) (the (whole )?(team|group|room)|everyone|everybody|we all|all of us)( is| are|'s|'re)? (on board|agreed|happy|aligned|agrees?)\b
consensus 1.5 - \b(has|have|get|gets) a say\b
consensus 1.5 - \b(round|around) the table until\b|\b(nobody|no one) (gets|is) (overruled|outvoted)\b|\b(agree|agreed|decide|decided) between (us|ourselves|the \w+ of us)\b
autonomous 2 - \b(no|nobody|never|don't|doesn't|didn't|without) (\w+ )?(need(s)? to |have to |has to |had to )?(ask|asking|seek|seeking|get|getting|wait(ing)? (on|for))\w* (for )?(anyone's |anybody's |a manager's |my manager's |the )?(permission|approval|sign-?off|blessing|ok|okay)\b
autonomous 2 - \b(nobody|no one) (controls|checks on|supervises|oversees|monitors|polices) (me|you|us|them|what (I|we|you) do)\b
autonomous 2 - \b(nobody|no one)('s| is)? (looking|breathing|standing|hanging) over (my|your|our|their) shoulders?\b|\b(as|how) (I|we|you|they) see fit\b
autonomous 2 - \b(nobody|no one) (approves|signs off|checks|second-guesses|micromanages|tells (me|us|you|them) (what|how))\b|\bleft to (get on with it|your own devices|their own devices|our own devices|decide|make (the|our|their|your) own)\b
autonomous 2 - \bfreedom to (decide|choose|do|run|work|pick|experiment|try|set|shape|make)\b|\b(don't|do not|doesn't|does not|never|no) need (anyone's |anybody's |a manager's |my manager's |the \w+'s )?(permission|approval|sign-?off|ok|okay|blessing)\b
autonomous 1.5 - \b(a lot of|lots of|loads of|total|complete|full|real|plenty of|huge) (freedom|ownership|latitude|leeway|independence)\b|\b(latitude|leeway)\b
autonomous 1.5 - \btrust(s|ed)? (us|me|you|them|people|everyone|the team|staff) to (decide|make|get on|run|do|choose|figure|sort)\b|\b(never|don't|didn't) (had|have|need) to wait (on|for) (a |my |the )?(manager|boss|supervisor|approval)\b
autonomous 1.5 - \b(make|makes|made|making) (the )?(call|calls|decision|decisions) (ourselves|themselves|myself|yourself|on the spot|on site|on the ground|in the room)\b
top_down 1 - \b{_LEADERS} (\w+ )?sets?\b
top_down 2 >autonomous \b{_LEADERS} (\w+ )?(decides?|decided|signs? off|makes? the (call|decisions?)|calls? the shots|chooses?)\b
top_down 2 - \b(decided|set|chosen|made) by (the )?{_LEADERS}|\bdecisions? (are|get|is|were) (made|taken) (by|centrally|upstairs|at the top|above|from above)\b
top_down 2 - \b(final (say|call|word)|made at the top|handed down|cascaded|top-down|top down|from (the top|above)|come(s)? down from|made upstairs)\b
top_down 2 - \b(come|comes|came) from (the )?(above|top|leadership|management|executive|head office|corporate|board|group|{_LEADERS})\w*
top_down 2 - \b(are|is|were|get|gets) (made|taken|decided|set) (centrally )?by (the )?{_LEADERS}|\b(are|get|were|being) [\"“]?told\b
top_down 2 - \b(comes?|came) (down )?from (?-i:[A-Z][a-z]+)\b|\binformed rather than consulted\b|\bset the direction\b|\bdirection comes\b
top_down 1.5 >autonomous \b(tells?|told) (me|you|us|them|people) (what|which|how|to)\b|\b(we|you|they|people) (get|are|were) told\b
top_down 1.5 - \b(we|officers|staff|you|they|the \w+ chefs?|the unit|the team) (just )?(implement|implements|execute|executes|carr(y|ies) (it|them) out|get on with it)\b
top_down 0.75 >autonomous \bsign-?off\b
top_down 1 >autonomous \b(clear direction|approved by)\b|\b(ask(ing)?|need|needs|without) (for )?(permission|approval)\b
top_down 1 >autonomous \bmicromanag\w*|\bapproval chains?\b
[hierarchy]
# Practices: who one may not go past, who answers whom the same way, "there's a structure".
hierarchical 2 - \b(wouldn't|would not|don't|do not|never|can't|cannot|mustn't|shouldn't) (\w+ )?(email|e-mail|call|ring|message|approach|go to|talk to|write to|contact) (the |our |my )?(\w+ ){{0,2}}(chief|ceo|director|md|head|boss|owner|partner|president|vp|executive|matron|consultant)s? (\w+ ){{0,2}}directly\b
hierarchical 2 - \b(go|goes|going|went) up and (come|comes|coming|came) (back )?down\b
flat 2 - \b(answers?|treats?|talks? to|speaks? to) (me|us|you|everyone|anyone) (exactly )?(the same( way)?|like) (as )?(she|he|they|it)('d| would| does| do)? (answer|treat|talk to|speak to)?\s?(the|an?) (intern|new starter|newest|junior|trainee|apprentice|receptionist|cleaner)\b
moderate 1.5 - \b(there's|there is|we have|we've got) (a|some) structure\b(?!,? but)
moderate 1.5 - \b(you can|can) (just )?(tell|say it to) (her|him|them) (straight|straight out|to (her|his|their) face)\b|\bswivel (your|my|the) chair\b
[decision_making]
# Practices: deciding without running it past anyone; hearing of it afterwards.
autonomous 2 - \bwithout (running|checking|clearing|passing|taking) (\w+ ){{0,3}}(past|by|with|to) (him|her|them|anyone|anybody|a manager|their manager|management|the founders?|the boss)\b
autonomous 2 - \b(nobody|no one) above (us|me|them)\b
top_down 2 - \b(came|come|comes|got|get|found out|find out|heard|hear|learn|learned|learnt) (to know )?(about (it |that |this |the )?(\w+ ){{0,2}})?(it )?(from|through|by|via|at) (an|the|a) (email|memo|announcement|all-hands|notice|letter)\b|\bwent ahead as planned\b|\b(it was|that was) a done deal\b
top_down 2 - \b(set|decided|made|chosen|fixed|priced) (centrally )?(at|in|by) (the )?(\w+ ){{0,3}}(home office|head office|hq|headquarters|corporate|group)\b
[hierarchy]
# Practices: asking a manager before spending, a case carried up a level, the founder's open door.
hierarchical 1.5 - \b(ping|pings|ask|asks|check with|checks with|clear it with|run it (past|by)|get the (ok|okay|nod) from) (my|our|the|their|your) (line )?(manager|boss|lead|director|supervisor|head)s? before\b
hierarchical 1.5 - \b(anything|everything|purchases?|spend\w*|orders?|expenses?) (over|above|more than|beyond) ([£$€]\S+ |(\S+ ){{0,2}}(pounds|dollars|euros|quid|grand|rupees|bucks|hundred|thousand)s? )(\w+ )?(needs?|requires?|has to (get|go to)|must (get|go to)|goes (up )?to)\b
hierarchical 2 - \b(took|takes|take|passed|passes|pass|sent|sends|send|escalat\w*) (it|that|them|my case|the request) (up )?to (her|his|their|my|our) (\w+ )?(director|boss|manager|head|vp|chief|superior)s?\b
flat 1.5 - \b(walk|wander|pop|go|stroll|barge)s? (in|into|in to|up to) (the )?(founder|ceo|owner|md|boss|director|president)('s|s')? (office|desk|room)?\b.{{0,25}}\b(any ?time|whenever|any day)\b
[decision_making]
# Practices: approvals above a spending limit, the boss picking, whoever holds the work deciding.
top_down 2 - \b(ping|pings|ask|asks|check with|checks with|clear it with|run it (past|by)|get the (ok|okay|nod) from) (my|our|the|their|your) (line )?(manager|boss|lead|director|supervisor|head)s? before (I|we|you|they|anyone) (spend|buy|book|order|hire|change|send|sign|release|commit|agree)\w*\b
top_down 2 - \b(anything|everything|purchases?|spend\w*|orders?|expenses?) (over|above|more than|beyond) ([£$€]\S+ |(\S+ ){{0,2}}(pounds|dollars|euros|quid|grand|rupees|bucks|hundred|thousand)s? )(\w+ )?(needs?|requires?|has to get|must get) (my |the |a |his |her |their )?(\w+'s )?(signature|approval|sign-?off|ok|okay|go-ahead|blessing)\b
top_down 2 - \b(owner|boss|founder|director|manager|md|ceo|partner|chef)s? (just )?(picked|picks|chose|chooses|went with|goes with|overruled|overrules)\b|\b(and|so) that was that\b
autonomous 2 - \bwhoever (\w+ ){{1,5}}(decides|chooses|makes the call|calls it|gets to (decide|choose))\b
consensus 2 - \b(talk|talks|talking|hash|hashes|argue|argues|thrash|thrashes) (it|things|them|that|everything) (through|out) before (anyone|anybody|we|someone|a single)\b
[decision_making]
top_down 2 - \b(need|needs|have to get|has to get|must get) (the|my|our|his|her|their) (\w+ ){{0,2}}(director|manager|boss|owner|head|supervisor|lead|partner)s? to (agree|approve|sign|say yes|okay|ok)\b
autonomous 1.5 - \b(I|we|you|they|people) (\w+ ){{0,5}}(tell|tells|inform|informs|let|lets) (\w+ ){{1,3}}(know )?(afterwards|after the fact|once it's done)\b
[hierarchy]
flat 1.5 - \b(founders?|ceo|owners?|boss|md|directors?)\b.{{0,40}}\bwith (everyone|everybody) else\b
hierarchical 1.5 - \b(manager's manager|boss's boss|manager's boss|boss's manager|director's director)\b
hierarchical 2 - \b(through|needs?|requires?|gets?) (two|three|four|five|several|multiple|\d) (sign-?offs|signatures|approvals|levels of approval)\b
[decision_making]
consensus 2 - \b(until|till) (nobody|no one|no-one) (objects|objected|minds|minded|disagrees|disagreed|has an objection|was against)\b
autonomous 2.5 - \b(each|every) (\w+ )?(lead|team|manager|person|crew|shop|store|site|branch|school|ward) (decided|decides|chose|chooses|picks|picked|sets|set) (for )?(their|its|his|her) own\b
"""
