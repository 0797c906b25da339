# Hand-written call logs. Each caller ("me") turn's seconds were written by hand (~2.5 words/s).
# Turn indexes in expectations count every turn in the attempt ("them" and "me"), from 0.
T='them'; M='me'
def t(x): return {'speaker':T,'text':x}
def m(x,s): return {'speaker':M,'text':x,'seconds':s}
NOT_TIMING={'dimension':'timing'}
NOT_POL={'dimension':'politeness'}
NOT_BREV={'dimension':'brevity'}
CALLS=[
dict(name='nhs-ward-two-step-good',
 why='Day 3 late morning; receptionist says the ward sister is busy, caller asks when she is free, calls back in the window, keeps it short, states interest, asks status and timeline, thanks her. Everything the article asks for.',
 log={'scenario':'ind8-01','people':{'caller':'Grace Adeyinka','interviewer':'Sister Moira Doherty','company':'Royal Halton Infirmary'},
  'attempts':[
   {'day':3,'time':'10:40','reached':'receptionist','turns':[
     t('Good morning, Royal Halton ward admin, Janet speaking.'),
     m('Good morning Janet, it’s Grace Adeyinka. I interviewed with Sister Doherty on Monday for the staff nurse post on Ward 9. Is she free for a moment?',11),
     t('She’s on the ward round until about two, I’m afraid.'),
     m('No problem. Would she have five minutes after two, do you think?',5),
     t('After two should be fine, try her then.'),
     m('Lovely, thank you so much. Bye.',3)]},
   {'day':3,'time':'14:10','reached':'interviewer','turns':[
     t('Ward 9, Sister Doherty.'),
     m('Hello Sister Doherty, it’s Grace Adeyinka from Monday’s interview. I just wanted to say I’m still really keen on the post.',9),
     t('Oh hello Grace, nice to hear from you.'),
     m('Could I ask whether it’s still open, and when you expect to decide?',5),
     t('We’re seeing two more people this week, and we’ll let everyone know by next Wednesday.'),
     m('That’s brilliant, thank you for your time. Have a good shift.',5)]}]},
 expect={'has':[],'hasNot':[NOT_TIMING,NOT_POL,NOT_BREV],'overall':{'min':75}}),

dict(name='day-one-eager-electrician',
 why='A polite, brief, complete call — but made the day after the interview. The article says to wait two to three days; calling too soon is the only fault.',
 log={'scenario':'ind8-02','attempts':[
   {'day':1,'time':'11:00','reached':'interviewer','turns':[
     t('Dave Pollard.'),
     m('Hi Dave, it’s Kieran Walsh, I interviewed yesterday for the apprentice electrician spot. Still really keen on it.',8),
     t('Kieran, mate, we only finished interviewing last night.'),
     m('Ah, fair enough, sorry. Any idea when you’ll be deciding?',5),
     t('End of next week probably.'),
     m('Cheers Dave, thanks for that. Catch you later.',4)]}]},
 expect={'has':[{'dimension':'timing','attempt':0}],'hasNot':[NOT_POL,NOT_BREV]}),

dict(name='same-afternoon-voicemail',
 why='Caller leaves a voicemail on the afternoon of the interview itself. Far too soon by the article’s two-to-three-day advice.',
 log={'scenario':'ind8-03','attempts':[
   {'day':0,'time':'16:20','reached':'voicemail','turns':[
     t('You’ve reached Hadiza Musa at Sahel Logistics. Please leave a message.'),
     m('hi ms musa its ibrahim danjuma we met this morning for the dispatch coordinator role just calling to say thank you and im very interested my number is zero eight zero three five five five zero one four two',15)]}]},
 expect={'has':[{'dimension':'timing','attempt':0}],'hasNot':[NOT_POL]}),

dict(name='four-voicemails-in-two-days',
 why='Each message is polite and short, but four voicemails in two days is the inbox-flooding the article warns against (one or two, spread over a couple of days).',
 log={'scenario':'ind8-04','attempts':[
   {'day':2,'time':'10:15','reached':'voicemail','turns':[
     t('Hi, this is Corinne Blanchard, leave a message.'),
     m('Hi Corinne, it’s Lucas Fontaine from the sommelier interview. Still very keen. 514-555-0102. Thanks!',7)]},
   {'day':2,'time':'13:05','reached':'voicemail','turns':[
     t('Hi, this is Corinne Blanchard, leave a message.'),
     m('Hi again Corinne, Lucas here, just making sure my number came through: 514-555-0102. Thanks.',7)]},
   {'day':3,'time':'10:20','reached':'voicemail','turns':[
     t('Hi, this is Corinne Blanchard, leave a message.'),
     m('Morning Corinne, Lucas Fontaine once more, hoping to catch you today. Thanks so much.',6)]},
   {'day':3,'time':'14:00','reached':'voicemail','turns':[
     t('Hi, this is Corinne Blanchard, leave a message.'),
     m('Hi Corinne, sorry, Lucas again. Whenever you get a chance. Thank you.',5)]}]},
 expect={'has':[{'attempt':2},{'attempt':3}],'hasNot':[NOT_BREV]}),

dict(name='two-spread-voicemails-then-moved-on',
 why='One voicemail on day 2, one on day 4, both short and courteous, then the caller stops — exactly the article’s limit and its advice to move on.',
 log={'scenario':'ind8-05','movedOn':True,'attempts':[
   {'day':2,'time':'11:30','reached':'voicemail','turns':[
     t('Kia ora, you’ve reached Te Rangi at the Tauranga council depot.'),
     m('Kia ora Te Rangi, it’s Aroha Ngata about the parks maintenance role. Still keen as. You can reach me on 021 555 0193. Thanks heaps.',10)]},
   {'day':4,'time':'10:50','reached':'voicemail','turns':[
     t('Kia ora, you’ve reached Te Rangi at the Tauranga council depot.'),
     m('Kia ora Te Rangi, Aroha again, just a quick follow-up on the parks role. No rush, thanks.',7)]}]},
 expect={'has':[],'hasNot':[NOT_TIMING,NOT_POL,NOT_BREV]}),

dict(name='screened-and-snapping',
 why='The receptionist asks what the call is about and the caller refuses and orders her to transfer him. Rude to the gatekeeper; the article asks for polite, not pushy.',
 log={'scenario':'ind8-06','attempts':[
   {'day':3,'time':'11:10','reached':'receptionist','turns':[
     t('Good morning, Carlisle & Brandt, how can I help?'),
     m('Put me through to Mr Brandt.',2.5),
     t('Certainly, may I ask what it’s regarding?'),
     m('That’s between me and him. Just transfer me, I haven’t got all day.',5),
     t('I’m sorry, he asked me to take messages this morning.'),
     m('Unbelievable. Fine.',1.5)]}]},
 expect={'has':[{'dimension':'politeness','attempt':0,'turn':3}],'hasNot':[NOT_TIMING],'overall':{'max':60}}),

dict(name='screened-and-gracious',
 why='Same gatekeeper question, answered with name and purpose; the caller asks when the manager is free and leaves a spelled-out callback. Polite and brief.',
 log={'scenario':'ind8-07','attempts':[
   {'day':3,'time':'11:25','reached':'receptionist','turns':[
     t('Good morning, Carlisle & Brandt, how can I help?'),
     m('Good morning. Could I speak with Mr Brandt, please?',4),
     t('May I ask what it’s regarding?'),
     m('Of course, it’s Nikhil Joshi, I interviewed with him on Monday for the trainee surveyor role.',7),
     t('He’s tied up this morning, I’m afraid.'),
     m('That’s fine. Is there a better time today or tomorrow to catch him briefly?',6),
     t('Tomorrow morning is usually quieter.'),
     m('Great. Could you let him know I called? My number is oh seven seven hundred, nine hundred, four four six. Thanks very much.',9)]}]},
 expect={'has':[],'hasNot':[NOT_TIMING,NOT_POL,NOT_BREV],'overall':{'min':70}}),

dict(name='gives-up-at-reception',
 why='Told the interviewer is out, the caller neither asks when she will be available nor leaves a message. The article says to ask when they would be available for a brief call.',
 log={'scenario':'ind8-08','attempts':[
   {'day':3,'time':'12:00','reached':'receptionist','turns':[
     t('Hello, Baobab Primary School office.'),
     m('hi yes is mrs wanjala there please its about the teaching assistant interview',5),
     t('She’s away on a school trip today.'),
     m('oh okay bye',1.5)]}]},
 expect={'has':[{'attempt':0}],'hasNot':[NOT_TIMING]}),

dict(name='cv-recital-to-professor',
 why='Right day and time, polite, but the caller spends forty seconds re-listing publications and grants. The article: no need to recite credentials; keep it short.',
 log={'scenario':'ind8-09','attempts':[
   {'day':3,'time':'11:15','reached':'interviewer','turns':[
     t('Marguerite Lyall.'),
     m('Hello Professor Lyall, it’s Dr Samuel Achebe from Tuesday’s lectureship interview.',6),
     t('Ah, hello Samuel.'),
     m('I just wanted to remind you that I have eleven peer-reviewed papers, two of them in Nature Materials, a five-year Leverhulme fellowship, I supervised four PhD students to completion at Manchester, I’ve taught the second-year thermodynamics module for three years with top feedback scores, and I also bring a hundred and eighty thousand pounds of industry funding with me, so I really think I’m the strongest fit for the department.',38),
     t('Yes, we did go through that on Tuesday.'),
     m('Of course. Thank you, Professor.',3)]}]},
 expect={'has':[{'dimension':'brevity','attempt':0,'turn':3}],'hasNot':[NOT_TIMING]}),

dict(name='deadline-with-a-smile',
 why='Friendly wording, but the caller imposes a Friday deadline on the interviewer; the article warns against being pushy. Otherwise on time and brief.',
 log={'scenario':'ind8-10','attempts':[
   {'day':4,'time':'10:30','reached':'interviewer','turns':[
     t('Hi, this is Brianna at Lakeshore Dental.'),
     m('Hi Brianna! It’s Jordyn Clarke from Wednesday’s hygienist interview. Still super excited about it.',7),
     t('Oh hi Jordyn, thanks for calling.'),
     m('So just to confirm, you’ll let me know by Friday at the latest, right? Thank you!',6),
     t('We’re hoping to, but I can’t promise Friday.'),
     m('Okay, well, Friday would really be best for me. Thanks, bye!',5)]}]},
 expect={'has':[{'dimension':'politeness','attempt':0}],'hasNot':[NOT_TIMING,NOT_BREV]}),

dict(name='seven-am-ring',
 why='Courteous, brief, complete call on day 3, but at 07:05 before the working day. The article says nothing about the hour, so no timing expectation is set either way; only its politeness and brevity are expected to be clean.',
 log={'scenario':'ind8-11','attempts':[
   {'day':3,'time':'07:05','reached':'interviewer','turns':[
     t('Hello…? Gary speaking.'),
     m('Oh, morning Gary, sorry if it’s early. It’s Rob Hainsworth from the joinery interview. Still dead keen.',8),
     t('Right. It is early, Rob.'),
     m('Sorry about that. Is the job still going, and when might you know?',5),
     t('Still going. We’ll know next week.'),
     m('Thanks Gary, much appreciated. I’ll let you get on. Ta-ra.',5)]}]},
 expect={'has':[],'hasNot':[NOT_POL,NOT_BREV]}),

dict(name='late-night-voicemail',
 why='A short, polite voicemail on day 2 at 21:40. The hour falls outside anything the article covers, so no timing expectation; the message itself is brief and courteous.',
 log={'scenario':'ind8-12','attempts':[
   {'day':2,'time':'21:40','reached':'voicemail','turns':[
     t('You have reached the voicemail of Lim Bee Hoon. Please leave a message after the tone.'),
     m('Hi Ms Lim, this is Farhan from the interview for the polyclinic pharmacy technician. Just wanted to say thank you, I am still very keen. My number is 9012 3456. Thanks ah, good night.',14)]}]},
 expect={'has':[],'hasNot':[NOT_POL,NOT_BREV]}),

dict(name='forgets-to-say-thank-you',
 why='A good, brief, on-time call with the interviewer that ends without any thanks. The article: finish the call by saying thank you.',
 log={'scenario':'ind8-13','attempts':[
   {'day':3,'time':'13:00','reached':'interviewer','turns':[
     t('Hospitality recruitment, Deepa speaking.'),
     m('Hi Deepa, it’s Marco Bianchi from Monday’s interview for the night manager job. I’m still very interested.',8),
     t('Hi Marco. Good to hear.'),
     m('Is the position still open, and when do you think you’ll decide?',5),
     t('Still open, decision by the end of the month.'),
     m('Okay. Bye.',1)]}]},
 expect={'has':[{'dimension':['politeness','purpose'],'attempt':0}],'hasNot':[NOT_TIMING,NOT_BREV]}),

dict(name='sarcasm-after-bad-news',
 why='The interviewer says the role has been filled; the caller answers with sarcastic thanks and a jab at the company. Rude; the sarcastic thanks is not a thank-you.',
 log={'scenario':'ind8-14','attempts':[
   {'day':4,'time':'11:45','reached':'interviewer','turns':[
     t('Kerry Ann Brooks, Sunbelt Retail.'),
     m('Hey Kerry, it’s Trey Holcomb from the assistant store manager interview last week. Is that job still open?',8),
     t('I’m sorry Trey, we offered it to another candidate yesterday.'),
     m('Wow, great, thanks for letting me find out by calling. Real classy operation you’ve got.',6)]}]},
 expect={'has':[{'dimension':'politeness','attempt':0,'turn':3}],'hasNot':[NOT_TIMING],'overall':{'max':60}}),

dict(name='nervous-ramble-speech',
 why='Speech-recognised turns: a nervous, polite caller whose every turn wanders with fillers and repeats for half a minute. A brevity problem, not a politeness one.',
 log={'scenario':'ind8-15','attempts':[
   {'day':3,'time':'10:20','reached':'interviewer','turns':[
     t('Good morning, Calder Valley Library Service, Helen speaking.'),
     m('oh hi um hi helen its its ffion sorry ffion parry um from the interview on the on monday for the library assistant um job and i just i just wanted to um you know ring and say that i i really did enjoy it and um sorry im a bit nervous um im still really interested like really interested',28),
     t('That’s kind of you, Ffion.'),
     m('and um i was wondering if um if you know if its been decided yet or like if you are still um seeing people or like when when you might know because um i know you said um maybe a couple of weeks but i wasnt sure if that was um from the monday or from um from the end of the interviews sorry',27),
     t('We’ll decide by the end of next week.'),
     m('oh thats great thank you so much helen thank you',4)]}]},
 expect={'has':[{'dimension':'brevity','attempt':0}],'hasNot':[NOT_TIMING,NOT_POL]}),

dict(name='month-of-voicemails',
 why='Six attempts over four weeks, five of them voicemails, and the caller never moves on. The article: one or two voicemails, then focus on other opportunities.',
 log={'scenario':'ind8-16','movedOn':False,'attempts':[
   {'day':3,'time':'11:00','reached':'voicemail','turns':[
     t('This is Ruth Kimani, Nairobi County Health. Please leave a message.'),
     m('Good morning madam, this is Collins Otieno about the records officer interview. Kindly call me back on 0722 555 014. Thank you.',9)]},
   {'day':6,'time':'11:10','reached':'voicemail','turns':[
     t('This is Ruth Kimani, Nairobi County Health. Please leave a message.'),
     m('Good morning madam, Collins Otieno again, following up on the records officer post. Thank you.',7)]},
   {'day':10,'time':'10:40','reached':'receptionist','turns':[
     t('County Health, good morning.'),
     m('Good morning, please is Madam Kimani in? It is Collins Otieno.',5),
     t('She is in the field this week.'),
     m('Okay, please tell her I called again. Thank you.',4)]},
   {'day':14,'time':'12:00','reached':'voicemail','turns':[
     t('This is Ruth Kimani, Nairobi County Health. Please leave a message.'),
     m('Madam, it is Collins Otieno once more. I am still waiting to hear about the records officer post.',7)]},
   {'day':21,'time':'11:30','reached':'voicemail','turns':[
     t('This is Ruth Kimani, Nairobi County Health. Please leave a message.'),
     m('Madam Kimani, Collins again. It has been three weeks now, kindly call me back.',6)]},
   {'day':28,'time':'11:15','reached':'voicemail','turns':[
     t('This is Ruth Kimani, Nairobi County Health. Please leave a message.'),
     m('Madam, this is Collins Otieno. I have called many times. Please just let me know.',6)]}]},
 expect={'has':[{'attempt':3},{'attempt':5}],'hasNot':[],'overall':{'max':65}}),

dict(name='voicemail-then-reception-then-stop',
 why='A brief voicemail on day 3, a courteous receptionist call on day 5 asking when the manager is free, then the caller moves on. Day 3 at 11:20 gives no timing fault on the first attempt.',
 log={'scenario':'ind8-17','movedOn':True,'attempts':[
   {'day':3,'time':'11:20','reached':'voicemail','turns':[
     t('Hey, it’s Marcy with Ridgeline Roofing, leave it at the beep.'),
     m('Hi Marcy, Colton Reyes here about the roofing crew lead job. Still very interested. 208-555-0161. Thanks!',8)]},
   {'day':5,'time':'10:45','reached':'receptionist','turns':[
     t('Ridgeline Roofing, this is Tammy.'),
     m('Hi Tammy, it’s Colton Reyes. Is Marcy around, by chance?',4),
     t('She’s out on a job site all week.'),
     m('No worries. When’s she usually back in the office?',4),
     t('Maybe Monday.'),
     m('Thanks, Tammy. Could you let her know I called? Take care.',5)]}]},
 expect={'has':[],'hasNot':[{'dimension':'timing','attempt':0},NOT_POL,NOT_BREV]}),

dict(name='hold-and-callback-nairobi',
 why='A Kenyan caller offers to hold, then asks to be called back and gives an email spelled out. Courteous, on time, short.',
 log={'scenario':'ind8-18','people':{'caller':'Njeri Kamau','interviewer':'Mr Peter Odhiambo','company':'Savanna Safaris Ltd'},
  'attempts':[
   {'day':2,'time':'10:30','reached':'receptionist','turns':[
     t('Savanna Safaris, good morning.'),
     m('Good morning. This is Njeri Kamau, I was interviewed for the reservations officer post on Friday. Kindly, is Mr Odhiambo available?',9),
     t('He is on another call. Would you like to hold?'),
     m('Yes please, I can hold for a short while.',3),
     t('Sorry, it looks like he will be long.'),
     m('No problem. Kindly ask him to call me back on 0711 555 208, or email njeri dot kamau at gmail dot com. Many thanks.',10)]}]},
 expect={'has':[],'hasNot':[NOT_TIMING,NOT_POL,NOT_BREV],'overall':{'min':70}}),

dict(name='cebu-hotel-textbook',
 why='A Filipino caller reaches the interviewer on day 3 and does everything the article lists in four short turns.',
 log={'scenario':'ind8-19','attempts':[
   {'day':3,'time':'11:40','reached':'interviewer','turns':[
     t('Good morning, HR, this is Ma’am Lorna.'),
     m('Good morning po Ma’am Lorna! This is Jonalyn Tan, from the interview for front desk agent last Tuesday po.',8),
     t('Yes Jonalyn, hello.'),
     m('I just want to say I’m still very interested po. May I ask if the position is still open?',7),
     t('Yes, we are still finishing interviews.'),
     m('Thank you po. When do you think you will decide?',4),
     t('By next Friday.'),
     m('Okay po, thank you so much for your time, Ma’am. Have a nice day po!',6)]}]},
 expect={'has':[],'hasNot':[NOT_TIMING,NOT_POL,NOT_BREV],'overall':{'min':75}}),

dict(name='direct-german-learner',
 why='A German-L1 learner’s phrasing is blunt by English norms ("until when do you decide") but contains no demand, and ends with thanks. A careful listener hears it as civil.',
 log={'scenario':'ind8-20','attempts':[
   {'day':4,'time':'12:15','reached':'interviewer','turns':[
     t('Engineering, Paul Whitcombe.'),
     m('Good day Mr. Whitcombe, here is Katrin Baumann, I had the interview for the CAD technician on Monday.',8),
     t('Hello Katrin.'),
     m('I am still keen on this job. Is the position still free, and until when do you decide?',7),
     t('We should decide within two weeks.'),
     m('Good, then I wait for your answer. Thank you very much, goodbye.',5)]}]},
 expect={'has':[],'hasNot':[NOT_TIMING,NOT_POL,NOT_BREV]}),

dict(name='other-offer-ultimatum',
 why='The caller tells the interviewer about a competing offer and demands an answer by tomorrow: leverage and a deadline, which the article calls too pushy.',
 log={'scenario':'ind8-21','attempts':[
   {'day':3,'time':'11:50','reached':'interviewer','turns':[
     t('Shauna Delaney speaking.'),
     m('Hi Shauna, it’s Cillian Murphy from the sous chef interview on Monday.',5),
     t('Ah, Cillian, how are you?'),
     m('Grand, look, I’ve an offer from another restaurant and I need an answer from you by tomorrow or I’m taking it.',9),
     t('I can’t give you an answer by tomorrow, I’m afraid.'),
     m('Well, that’s that then. Bye.',2.5)]}]},
 expect={'has':[{'dimension':'politeness','attempt':0,'turn':3}],'hasNot':[NOT_TIMING],'overall':{'max':65}}),

dict(name='insults-the-receptionist',
 why='After being told the manager is in meetings, the caller belittles the receptionist and the company. Plainly rude.',
 log={'scenario':'ind8-22','attempts':[
   {'day':3,'time':'13:20','reached':'receptionist','turns':[
     t('Good afternoon, Pinnacle IT Services.'),
     m('Yeah, I need Gavin Shaw, it’s about the sysadmin job.',4),
     t('Gavin’s in meetings all afternoon, can I take a message?'),
     m('You people are useless. Every time I call it’s meetings. Does anyone there actually work?',7)]}]},
 expect={'has':[{'dimension':'politeness','attempt':0,'turn':3}],'hasNot':[NOT_TIMING],'overall':{'max':50}}),

dict(name='no-answer-then-good-call',
 why='A first try rings out with no answer; a retry the same day reaches the interviewer and the call is short, warm and complete.',
 log={'scenario':'ind8-23','attempts':[
   {'day':2,'time':'10:05','reached':'no_answer','turns':[]},
   {'day':2,'time':'13:30','reached':'interviewer','turns':[
     t('Sipho Ndlovu.'),
     m('Hi Mr Ndlovu, it’s Lindiwe Zungu from Monday’s interview for the junior auditor post. I’m still very keen.',8),
     t('Hello Lindiwe.'),
     m('May I ask whether you’re still considering candidates, and when you’ll decide?',5),
     t('Yes, final decision next week.'),
     m('Thank you so much for your time. Enjoy the rest of your day.',5)]}]},
 expect={'has':[],'hasNot':[NOT_TIMING,NOT_POL,NOT_BREV],'overall':{'min':70}}),

dict(name='recital-voicemail-then-tidy',
 why='The first voicemail is a half-minute recital of qualifications; the second attempt, on day 4, reaches the interviewer and is short and polite. Only the voicemail should cost brevity.',
 log={'scenario':'ind8-24','attempts':[
   {'day':2,'time':'11:05','reached':'voicemail','turns':[
     t('Hi, you’ve reached Dr Amelia Grant, Bayside Physio. Leave a message.'),
     m('Hi Dr Grant, it’s Liam O’Sullivan from Tuesday’s physiotherapist interview. I just wanted to go over again that I’ve got my Bachelor of Physiotherapy from Otago with first class honours, two years in the musculoskeletal outpatients at Christchurch Hospital, my dry needling and Pilates certificates, I’ve worked with the under-20s rugby squad, I’m trained in vestibular rehab, and I’m doing my Masters part-time, so I really believe I tick every box you mentioned. My number is 027 555 0145. Thanks.',34)]},
   {'day':4,'time':'11:30','reached':'interviewer','turns':[
     t('Amelia Grant.'),
     m('Hi Dr Grant, Liam O’Sullivan again. Still very keen. Is there any update on the role?',7),
     t('Not yet, Liam, early next week.'),
     m('No worries, thanks so much. Bye.',3)]}]},
 expect={'has':[{'dimension':'brevity','attempt':0}],'hasNot':[{'dimension':'brevity','attempt':1},{'dimension':'politeness'},{'dimension':'timing','attempt':1}]}),
]
