# Hand-written call logs for calls.jsonl. Each call, turn and expectation was typed by hand.
# build_calls.py imports CALLS from here, checks shapes and writes calls.jsonl.
T, M = "them", "me"
def t(text): return {"speaker": T, "text": text}
def m(text, seconds): return {"speaker": M, "text": text, "seconds": seconds}
NO_TIMING = {"dimension": "timing"}
NO_POLITE = {"dimension": "politeness"}
NO_BRIEF = {"dimension": "brevity"}

CALLS = [
{"name": "model-call-interviewer-day3",
 "why": "Day 3, mid-morning, reaches the interviewer, says who she is, still interested, asks status then timeline, thanks: the article's recipe, nothing to penalise.",
 "log": {"people": {"caller": "Imogen Strand", "interviewer": "Rafael Quintero", "company": "Lakeshore Dental Group"},
   "attempts": [{"day": 3, "time": "10:40", "reached": "interviewer", "turns": [
     t("Rafael Quintero."),
     m("Hi Mr. Quintero, it's Imogen Strand. We met on Tuesday about the practice coordinator job. Have you got a minute?", 7),
     t("Sure, Imogen, go ahead."),
     m("I just wanted to say I'm still very keen on the role, and ask whether it's still open.", 5),
     t("It is. We're finishing interviews this week."),
     m("Great. Do you know roughly when you'll be deciding?", 3),
     t("Probably early next week."),
     m("That's really helpful. Thank you for taking my call, and have a good day.", 4)]}]},
 "expect": {"has": [], "hasNot": [NO_TIMING, NO_POLITE, NO_BRIEF], "overall": {"min": 70}}},

{"name": "receptionist-gives-time-then-interviewer",
 "why": "Receptionist says the interviewer is busy; caller asks when she'd be free (the article's advice), calls back at that time the same afternoon and keeps it short.",
 "log": {"attempts": [
   {"day": 2, "time": "10:20", "reached": "receptionist", "turns": [
     t("Good morning, Pemberton and Hale, Lucy speaking."),
     m("morning lucy its omar haddad i had an interview with ms okoye on monday for the junior planner job is she free at all", 7),
     t("She's in a workshop until lunchtime, I'm afraid."),
     m("ah no problem when would be a good time to try her this afternoon", 4),
     t("After two should be fine."),
     m("lovely ill ring back after two thanks lucy bye", 3)]},
   {"day": 2, "time": "14:15", "reached": "interviewer", "turns": [
     t("Ngozi Okoye."),
     m("hi ms okoye its omar haddad from mondays interview lucy said this might be a good time is it ok to talk for a minute", 6),
     t("Of course."),
     m("i just wanted to say im still really interested in the planner role and ask if youre still deciding", 5),
     t("We are, we'll call everyone by Friday."),
     m("perfect thanks so much for letting me know have a good afternoon", 3)]}]},
 "expect": {"has": [], "hasNot": [NO_TIMING, NO_POLITE, NO_BRIEF], "overall": {"min": 70}}},

{"name": "jamaican-speech-polite",
 "why": "Speech-recognised Jamaican English; short, warm and on point on day 4 mid-morning. Dialect grammar is not rudeness or rambling.",
 "log": {"attempts": [{"day": 4, "time": "11:05", "reached": "interviewer", "turns": [
     t("Hello, this is Marcia Bennett."),
     m("good mornin miss bennett is damion walker dis fram di maintenance technician interview last tuesday yuh have a likkle minute", 7),
     t("Yes, Damion, how can I help?"),
     m("mi just waan seh mi still really interested inna di job an ask if unuh still a look at candidates", 6),
     t("We are. We hope to decide by next week."),
     m("alright tank yuh miss bennett mi appreciate it have a blessed day", 4)]}]},
 "expect": {"has": [], "hasNot": [NO_TIMING, NO_POLITE, NO_BRIEF]}},

{"name": "one-voicemail-name-spelled",
 "why": "A single voicemail on day 3, early afternoon, with the surname spelled out and a callback number; polite and compact.",
 "log": {"attempts": [{"day": 3, "time": "13:40", "reached": "voicemail", "turns": [
     t("You've reached Colm Farrell. Leave a message after the tone."),
     m("hi mr farrell its siobhan ni bhriain thats n i b h r i a i n from wednesdays interview for the project accountant role im still very interested my number is oh eight seven five five five two four six eight thanks a million", 16)]}]},
 "expect": {"has": [], "hasNot": [NO_TIMING, NO_POLITE]}},

{"name": "two-voicemails-spread-then-moves-on",
 "why": "Two short voicemails two days apart (the article's limit of one or two spread over a couple of days), then the caller stops. The second voicemail is within the limit.",
 "log": {"attempts": [
   {"day": 2, "time": "10:50", "reached": "voicemail", "turns": [
     t("Hi, you've reached Dana at Copperline. Please leave a message."),
     m("hi dana its wesley tran from the thursday interview for the qa analyst role just checking in still very interested you can reach me at 503 555 0168 thanks", 10)]},
   {"day": 4, "time": "11:20", "reached": "voicemail", "turns": [
     t("Hi, you've reached Dana at Copperline. Please leave a message."),
     m("hi dana wesley tran again sorry to miss you just a quick follow up on the qa analyst role my numbers 503 555 0168 thanks have a good week", 8)]}],
   "movedOn": True},
 "expect": {"has": [], "hasNot": [NO_TIMING, NO_POLITE, {"attempt": 1, "dimension": ["timing", "politeness", "brevity"]}]}},

{"name": "same-day-call",
 "why": "Calls the interviewer the afternoon of the interview (day 0). The article says wait two to three days; the content itself is polite.",
 "log": {"people": {"caller": "Theo Marsh", "interviewer": "Janine Cho"},
   "attempts": [{"day": 0, "time": "16:30", "reached": "interviewer", "turns": [
     t("Hello, Janine Cho speaking."),
     m("Hi Janine, it's Theo Marsh. We met this morning about the sales coordinator role. I just wanted to say thanks again and that I'm really interested.", 8),
     t("Oh, hi Theo. We haven't started reviewing yet, to be honest."),
     m("Of course, no problem at all. Thanks for your time.", 3)]}]},
 "expect": {"has": [{"dimension": "timing", "attempt": 0}], "hasNot": [NO_POLITE]}},

{"name": "next-morning-voicemail",
 "why": "Voicemail the morning after the interview (day 1): too soon by the article's two-to-three-day rule; otherwise a polite, short message.",
 "log": {"attempts": [{"day": 1, "time": "10:00", "reached": "voicemail", "turns": [
     t("This is Graham Wilkes, please leave a message."),
     m("hello mr wilkes its anjali bose from yesterdays interview for the lab assistant role just wanted to say thank you and im still very interested my numbers 07700 900 552 thanks", 10)]}]},
 "expect": {"has": [{"dimension": "timing", "attempt": 0}], "hasNot": [NO_POLITE]}},

{"name": "four-voicemails-one-day",
 "why": "Four voicemails on the same day. The article: limit voicemails to one or two spread over a couple of days; flooding the inbox annoys. Each message is short, so no brevity finding.",
 "log": {"attempts": [
   {"day": 3, "time": "10:05", "reached": "voicemail", "turns": [
     t("Hi, you've reached Patrice Lemay. Leave a message."),
     m("hi patrice its jonas berg from mondays interview for the copy editor job still really interested im at 647 555 0112 thanks", 7)]},
   {"day": 3, "time": "11:20", "reached": "voicemail", "turns": [
     t("Hi, you've reached Patrice Lemay. Leave a message."),
     m("hi its jonas berg again just making sure my message came through 647 555 0112 thanks", 5)]},
   {"day": 3, "time": "13:35", "reached": "voicemail", "turns": [
     t("Hi, you've reached Patrice Lemay. Leave a message."),
     m("hey patrice jonas again sorry i just wanted to check you got my number 647 555 0112", 5)]},
   {"day": 3, "time": "14:50", "reached": "voicemail", "turns": [
     t("Hi, you've reached Patrice Lemay. Leave a message."),
     m("hi patrice its jonas one more time just hoping to catch you before end of day 647 555 0112 thanks", 6)]}]},
 "expect": {"has": [{}], "hasNot": [NO_BRIEF]}},

{"name": "six-voicemails-over-nine-days-souring",
 "why": "Six voicemails between day 3 and day 12, the later ones complaining about not being called back, the last one calling it rude. Flooding plus pressure.",
 "log": {"attempts": [
   {"day": 3, "time": "10:40", "reached": "voicemail", "turns": [
     t("Hi, you've reached Lena Fischer at Brookfield Studios. Please leave a message."),
     m("hi lena its sam okoro from the tuesday interview for the junior animator role just following up still very keen 415 555 0177 thanks", 8)]},
   {"day": 4, "time": "11:10", "reached": "voicemail", "turns": [
     t("Hi, you've reached Lena Fischer at Brookfield Studios. Please leave a message."),
     m("hi lena sam okoro again just wanted to make sure you got my message 415 555 0177 thanks", 5)]},
   {"day": 5, "time": "10:20", "reached": "voicemail", "turns": [
     t("Hi, you've reached Lena Fischer at Brookfield Studios. Please leave a message."),
     m("hey lena its sam again sorry i know youre busy just checking in about the animator role", 5)]},
   {"day": 7, "time": "13:30", "reached": "voicemail", "turns": [
     t("Hi, you've reached Lena Fischer at Brookfield Studios. Please leave a message."),
     m("hi lena sam okoro here again havent heard back so trying once more 415 555 0177", 5)]},
   {"day": 9, "time": "11:45", "reached": "voicemail", "turns": [
     t("Hi, you've reached Lena Fischer at Brookfield Studios. Please leave a message."),
     m("lena its sam again this is my fifth message would really appreciate a call", 4)]},
   {"day": 12, "time": "10:50", "reached": "voicemail", "turns": [
     t("Hi, you've reached Lena Fischer at Brookfield Studios. Please leave a message."),
     m("this is sam okoro my sixth message honestly its pretty rude that nobody can even call back", 5)]}]},
 "expect": {"has": [{"attempt": 4}, {"dimension": "politeness", "attempt": 5, "turn": 1}], "hasNot": [NO_BRIEF]}},

{"name": "recites-credentials-to-interviewer",
 "why": "Polite call on day 3, but the caller re-lists degree, years, team size, certification and results the interview already covered. The article: no need to recite credentials.",
 "log": {"attempts": [{"day": 3, "time": "11:00", "reached": "interviewer", "turns": [
     t("Hello, Kofi Mensah."),
     m("Hi Mr. Mensah, it's Laura Beckett from Wednesday's interview for the operations manager job.", 5),
     t("Hi Laura, what can I do for you?"),
     m("I wanted to follow up and remind you of a few things. I have an MBA from Warwick, twelve years in operations, I led a team of sixty at DHL, I'm Six Sigma Black Belt certified, and I cut warehouse costs by eighteen percent in my last role. I really believe nobody else on your list brings that.", 20),
     t("We did cover that on Wednesday, yes."),
     m("Of course. Thanks for your time.", 2)]}]},
 "expect": {"has": [{"dimension": "brevity", "attempt": 0, "turn": 3}], "hasNot": [NO_TIMING]}},

{"name": "credentials-on-voicemail-indian-english",
 "why": "Day 2 voicemail in Indian English that lists certifications, years and achievements instead of just expressing interest; courteous throughout.",
 "log": {"attempts": [{"day": 2, "time": "13:30", "reached": "voicemail", "turns": [
     t("Hi, this is Sunita Rao. Leave a message and I'll call you back."),
     m("hello ma'am this is karthik subramanian from the devops engineer interview on friday ma'am i just want to add that i have aws solutions architect professional and cka certification and six years in kubernetes and terraform and i have migrated forty microservices at my current company so i am very much confident for this role kindly call me back on nine eight four one two three four five six seven thank you ma'am", 26)]}]},
 "expect": {"has": [{"dimension": "brevity", "attempt": 0, "turn": 1}], "hasNot": [NO_TIMING]}},

{"name": "rambling-speech-turn",
 "why": "A nervous caller's second turn wanders (roommate, the office plants) with heavy fillers and false starts before reaching the status question. The article: keep the conversation short.",
 "log": {"attempts": [{"day": 4, "time": "10:25", "reached": "interviewer", "turns": [
     t("Hi, Ruth Adler."),
     m("oh hi hi ms adler um its um its eli from the from the uh tuesday thing the the graphic designer interview", 6),
     t("Hi Eli."),
     m("yeah so um so i was i was just gonna kind of like see um because i was thinking about it over the weekend and like my roommate was asking me and i was like i dont know and um so yeah i just wanted to see like if um if you guys had like decided anything or or if its still like you know going or whatever because um yeah and also i really liked the office like the plants and everything so um yeah", 28),
     t("We're still deciding. Should be next week."),
     m("ok cool cool thanks", 1)]}]},
 "expect": {"has": [{"dimension": "brevity", "attempt": 0, "turn": 3}], "hasNot": [NO_TIMING, NO_POLITE]}},

{"name": "credentials-left-with-receptionist",
 "why": "Learner English (Portuguese); interviewer out, caller leaves a message that recites his charter, years, software and projects through the receptionist. Polite, but not brief.",
 "log": {"attempts": [{"day": 3, "time": "14:10", "reached": "receptionist", "turns": [
     t("Greystone Engineering, Amal speaking."),
     m("hello amal im looking for mr pryor its about the civil engineer interview last thursday", 5),
     t("He's out on site today. Can I take a message?"),
     m("yes please tell him its nuno ferreira and also tell him please that i have the chartered engineer and ten years in bridges and the structural software sap2000 and etabs and i worked on the lisbon metro extension so he remembers me my number is 0791 555 3322", 17),
     t("I'll pass that on."),
     m("thank you very much amal", 2)]}]},
 "expect": {"has": [{"dimension": "brevity", "attempt": 0, "turn": 3}], "hasNot": [NO_TIMING, NO_POLITE]}},

{"name": "insults-the-receptionist",
 "why": "Curt opening, then a jibe that nobody at the company does any work and a 'he better ring me back'; ends dismissively. Plainly impolite.",
 "log": {"attempts": [{"day": 3, "time": "10:45", "reached": "receptionist", "turns": [
     t("Good morning, Fairbanks Logistics."),
     m("yeah is gordon there", 1),
     t("Mr. Hale is in a meeting. Can I take a message?"),
     m("course he is you lot are always in meetings nobody in that place actually does any work just tell him brad called and he better ring me back", 8),
     t("I'll let him know."),
     m("yeah whatever", 1)]}]},
 "expect": {"has": [{"dimension": "politeness", "attempt": 0, "turn": 3}], "hasNot": [NO_TIMING]}},

{"name": "deadline-wrapped-in-thank-yous",
 "why": "Sounds polite (thank you, please, exclamation marks) but sets a deadline: 'I just need to hear back by Thursday at the latest'. The article: don't be too pushy.",
 "log": {"attempts": [{"day": 3, "time": "13:50", "reached": "interviewer", "turns": [
     t("Helen Marsh speaking."),
     m("Hi Helen, it's Ayesha Siddiqui from Monday's interview for the HR advisor role. Is now a good time?", 6),
     t("Yes, briefly."),
     m("Thank you! I just need to hear back by Thursday at the latest, please, as I can't keep my other options open beyond that. Thanks so much!", 8),
     t("I'll see what I can do."),
     m("Lovely, thank you.", 1)]}]},
 "expect": {"has": [{"attempt": 0, "turn": 3}], "hasNot": [NO_TIMING]}},

{"name": "competing-offer-ill-assume-voicemail",
 "why": "Voicemail that uses another offer as leverage and says 'if I don't hear before then I'll assume it's a no': pressure, though worded calmly.",
 "log": {"attempts": [{"day": 4, "time": "11:30", "reached": "voicemail", "turns": [
     t("You've reached Dr. Osei's office voicemail."),
     m("hi dr osei its megan lund from the physio interview on thursday i do have another offer i need to answer by monday so if i dont hear from you before then ill assume its a no my number is 612 555 0190 thanks", 12)]}]},
 "expect": {"has": [{"attempt": 0, "turn": 1}], "hasNot": [NO_TIMING]}},

{"name": "sarcastic-thanks-for-nothing",
 "why": "Short status check, then the caller answers 'still interviewing' with sarcasm: 'thanks for nothing'. Sarcastic thanks is not thanks; it is impolite.",
 "log": {"attempts": [{"day": 3, "time": "10:10", "reached": "interviewer", "turns": [
     t("Martin Greaves."),
     m("hi martin its callum from the warehouse supervisor interview last friday any news", 4),
     t("Not yet, Callum, we're still interviewing."),
     m("still interviewing right brilliant well thanks for nothing i suppose", 4)]}]},
 "expect": {"has": [{"dimension": "politeness", "attempt": 0, "turn": 3}], "hasNot": [NO_TIMING]}},

{"name": "second-call-turns-into-complaint",
 "why": "First call is exemplary (asks when the interviewer is free). The next morning, as suggested, she calls back, and when the interviewer has stepped out she complains and demands to speak to her today.",
 "log": {"attempts": [
   {"day": 3, "time": "10:30", "reached": "receptionist", "turns": [
     t("Brightwater Care, Tina speaking."),
     m("hi tina its grace from tuesdays interview for the support worker job is mrs oyelowo free", 5),
     t("She's with a family right now."),
     m("ok when might she be free", 2),
     t("Try tomorrow morning."),
     m("thanks tina bye", 1)]},
   {"day": 4, "time": "10:35", "reached": "receptionist", "turns": [
     t("Brightwater Care, Tina speaking."),
     m("hi tina its grace again is mrs oyelowo in now", 3),
     t("She's just stepped out, sorry."),
     m("this is ridiculous thats twice now i was told to call this morning and shes never there i need to speak to her today", 6)]}]},
 "expect": {"has": [{"dimension": "politeness", "attempt": 1, "turn": 3}],
            "hasNot": [NO_TIMING, {"attempt": 0, "dimension": ["politeness", "brevity"]}]}},

{"name": "negated-pressure-not-rushing",
 "why": "'I'm not ringing to hurry you' and 'no need for an answer today' are negations, not pressure; the rest is a short, warm status-and-timing check on day 3.",
 "log": {"attempts": [{"day": 3, "time": "10:55", "reached": "interviewer", "turns": [
     t("Hello, Paula Kim."),
     m("Hi Paula, it's Dmitri Volkov from Friday's interview for the data engineer role. I'm not ringing to hurry you, and there's no need for an answer today.", 8),
     t("That's fine, what can I do for you?"),
     m("I just wanted to say I'm still really interested, and to ask if you have a rough idea of timing.", 5),
     t("End of next week, most likely."),
     m("Perfect, thank you, Paula. Have a good one.", 2)]}]},
 "expect": {"has": [], "hasNot": [NO_TIMING, NO_POLITE, NO_BRIEF], "overall": {"min": 70}}},

{"name": "scottish-declines-message-asks-best-day",
 "why": "Scottish speech; interviewer on leave; the caller says he doesn't need to leave a message (negated) and asks which day would suit, exactly as the article advises.",
 "log": {"attempts": [{"day": 2, "time": "14:20", "reached": "receptionist", "turns": [
     t("Hello, Kelvin Housing, Morag speaking."),
     m("hiya morag its euan baird i had an interview wi mr lindsay on friday for the housing officer post is he aboot", 6),
     t("He's on annual leave till Wednesday."),
     m("ah nae bother at aw i dinnae need tae leave a message id rather jist catch him when hes back whit day would suit him best", 6),
     t("Wednesday afternoon is usually quiet."),
     m("magic ill try wednesday efternoon then cheers morag", 3)]}]},
 "expect": {"has": [], "hasNot": [NO_TIMING, NO_POLITE, NO_BRIEF]}},

{"name": "vietnamese-learner-polite",
 "why": "Learner grammar ('i come interview on monday', 'i want ask the job is still open or not') with an apology for her English; courteous, short, day 3 mid-morning.",
 "log": {"attempts": [{"day": 3, "time": "10:30", "reached": "interviewer", "turns": [
     t("Hello, Susan Miller speaking."),
     m("hello miss miller i am nguyen van duc i come interview on monday for the kitchen assistant sorry for my english", 6),
     t("No problem at all, Duc. How can I help?"),
     m("i still really want to work here please i want ask the job is still open or not", 4),
     t("We're still deciding, we'll call by Friday."),
     m("ok thank you very much miss miller have nice day", 3)]}]},
 "expect": {"has": [], "hasNot": [NO_TIMING, NO_POLITE, NO_BRIEF]}},

{"name": "starts-well-then-pushes",
 "why": "Australian; the first two turns are model (keen, any news). Told two candidates remain, she recites experience and tells him to decide this week, then ends with a curt 'fine'.",
 "log": {"attempts": [{"day": 3, "time": "13:45", "reached": "interviewer", "turns": [
     t("Yep, Darren here."),
     m("gday darren its kate mcallister from the thursday interview for the site admin job got a sec", 4),
     t("Yeah, go on."),
     m("just wanted to say im still really keen and see if theres any news", 3),
     t("Not yet, we've got two more to see."),
     m("two more seriously look ive got six years in site admin and my white card and i ran the whole office at buildcorp you wont find better so id rather you just made a call this week", 10),
     t("We'll decide when we've seen everyone."),
     m("fine", 1)]}]},
 "expect": {"has": [{"dimension": "brevity", "attempt": 0, "turn": 5}, {"dimension": "politeness", "attempt": 0}],
            "hasNot": [NO_TIMING, {"attempt": 0, "turn": 3, "dimension": ["politeness", "brevity"]}]}},

{"name": "everything-wrong-same-day",
 "why": "Day 0: demands to be put through, refuses to leave a message, recites MBA and years to the receptionist, cites two other offers and a same-day deadline, ends with 'make sure you do'.",
 "log": {"attempts": [{"day": 0, "time": "15:10", "reached": "receptionist", "turns": [
     t("Northgate Insurance, how can I help?"),
     m("yeah put me through to simone the hiring manager", 2),
     t("She's in interviews all afternoon, can I take a message?"),
     m("no i dont want to leave a message i want to talk to her i was literally just there two hours ago tell her its ryan kessler and that i have an mba and eight years in underwriting and ive got two other offers so she needs to get back to me today", 12),
     t("I'll pass that on."),
     m("make sure you do", 1)]}]},
 "expect": {"has": [{"dimension": "timing", "attempt": 0}, {"dimension": "brevity", "attempt": 0, "turn": 3}, {"dimension": "politeness", "attempt": 0}],
            "hasNot": [], "overall": {"max": 50}}},

{"name": "no-answer-then-receptionist-callback-number",
 "why": "Irish caller; the morning attempt rings out, she tries again after lunch, asks for a better time or to leave her number, and gives it. One unanswered ring is not flooding.",
 "log": {"attempts": [
   {"day": 2, "time": "10:05", "reached": "no_answer", "turns": []},
   {"day": 2, "time": "14:30", "reached": "receptionist", "turns": [
     t("Good afternoon, Ashford Hotel, reception."),
     m("good afternoon its aoibheann walsh i had an interview with mr kearney on friday for the front office supervisor role would he be around at all", 7),
     t("He's in a meeting, I'm afraid."),
     m("not a bother would there be a better time to catch him or could i leave my number with you", 4),
     t("I'll take your number and he'll call you."),
     m("lovely its oh eight six five five five three one four seven thanks a million", 5)]}]},
 "expect": {"has": [], "hasNot": [NO_TIMING, NO_POLITE, NO_BRIEF]}},
]
