# Hand-written call logs, one at a time. This file only holds the data as Python literals
# and writes it out as JSON Lines; nothing is generated or combined.
import json

VM_PATEL = "Hi, you've reached Priya Patel at Harbor Lane Logistics. Please leave a message after the tone."

calls = []

# 1 ---------------------------------------------------------------------------
calls.append({
 "name": "01-model-interviewer-day3",
 "log": {
  "people": {"caller": "Sam Rivera", "interviewer": "Priya Patel", "company": "Harbor Lane Logistics"},
  "attempts": [
   {"day": 3, "time": "10:30", "reached": "interviewer", "turns": [
     {"speaker": "them", "text": "Priya Patel speaking."},
     {"speaker": "me", "text": "Hi Ms. Patel, this is Sam Rivera. We met on Monday about the logistics coordinator role.", "how": "typed"},
     {"speaker": "them", "text": "Oh hi Sam, good to hear from you. What can I do for you?"},
     {"speaker": "me", "text": "I just wanted to say I'm still very interested in the position. Could I ask whether it's been filled yet?", "how": "typed"},
     {"speaker": "them", "text": "Not yet. We're finishing the last interviews this week."},
     {"speaker": "me", "text": "That's good to hear. Do you have a rough idea when you expect to make a decision?", "how": "typed"},
     {"speaker": "them", "text": "Probably by the end of next week."},
     {"speaker": "me", "text": "Great, thank you so much for your time. Have a lovely day!", "how": "typed"}]}]},
 "expect": {"has": [],
            "hasNot": [{"dimension": "politeness"}, {"dimension": "brevity"}, {"dimension": "timing"}, {"dimension": "composure"}],
            "overall": {"min": 75}}})

# 2 ---------------------------------------------------------------------------
calls.append({
 "name": "02-receptionist-asks-availability-then-interviewer",
 "log": {
  "attempts": [
   {"day": 3, "time": "09:40", "reached": "receptionist", "turns": [
     {"speaker": "them", "text": "Good morning, Brightwater Dental, Jen speaking."},
     {"speaker": "me", "text": "Good morning! This is Nina Ford. I interviewed with Dr. Reyes on Monday for the dental assistant position. Could I speak with him, please?", "how": "typed"},
     {"speaker": "them", "text": "I'm sorry, he's with a patient all morning."},
     {"speaker": "me", "text": "No problem at all. When would be a good time to reach him for a quick call?", "how": "typed"},
     {"speaker": "them", "text": "Try tomorrow after two."},
     {"speaker": "me", "text": "Perfect, thank you so much. Have a good day!", "how": "typed"}]},
   {"day": 4, "time": "14:15", "reached": "interviewer", "turns": [
     {"speaker": "them", "text": "Dr. Reyes."},
     {"speaker": "me", "text": "Hi Dr. Reyes, it's Nina Ford from Monday's dental assistant interview.", "how": "typed"},
     {"speaker": "them", "text": "Hi Nina, how can I help?"},
     {"speaker": "me", "text": "I'm still really excited about the role and wanted to ask if I'm still under consideration.", "how": "typed"},
     {"speaker": "them", "text": "You are. We're down to three people."},
     {"speaker": "me", "text": "Wonderful. When do you think you'll be deciding?", "how": "typed"},
     {"speaker": "them", "text": "By Friday, I hope."},
     {"speaker": "me", "text": "Thank you so much, I really appreciate your time. Bye!", "how": "typed"}]}]},
 "expect": {"has": [],
            "hasNot": [{"dimension": "politeness"}, {"dimension": "timing"}, {"dimension": "composure"}],
            "overall": {"min": 75}}})

# 3 ---------------------------------------------------------------------------
calls.append({
 "name": "03-same-day-call-polite",
 "log": {
  "attempts": [
   {"day": 0, "time": "16:20", "reached": "interviewer", "turns": [
     {"speaker": "them", "text": "Hello, Mark Chen."},
     {"speaker": "me", "text": "Hi Mr. Chen, it's Tyler Brooks. I interviewed with you this morning for the sales associate role.", "how": "typed"},
     {"speaker": "them", "text": "Oh, hi Tyler. Already?"},
     {"speaker": "me", "text": "I just wanted to say thank you and that I'm very interested. Has a decision been made?", "how": "typed"},
     {"speaker": "them", "text": "No, we've only just started interviewing."},
     {"speaker": "me", "text": "Of course. Thanks again, have a good evening.", "how": "typed"}]}]},
 "expect": {"has": [{"dimension": "timing"}],
            "hasNot": [{"dimension": "politeness"}]}})

# 4 ---------------------------------------------------------------------------
calls.append({
 "name": "04-next-day-voicemail",
 "log": {
  "people": {"caller": "Sam Rivera", "interviewer": "Priya Patel", "company": "Harbor Lane Logistics"},
  "attempts": [
   {"day": 1, "time": "11:00", "reached": "voicemail", "turns": [
     {"speaker": "them", "text": VM_PATEL},
     {"speaker": "me", "text": "Hi Ms. Patel, this is Sam Rivera from yesterday's interview for the coordinator role. I'm still very interested. My number is 555-0148. Thank you!", "how": "typed"}]}]},
 "expect": {"has": [{"dimension": "timing"}],
            "hasNot": [{"dimension": "politeness"}]}})

# 5 ---------------------------------------------------------------------------
calls.append({
 "name": "05-insulting-receptionist",
 "log": {
  "attempts": [
   {"day": 4, "time": "13:05", "reached": "receptionist", "turns": [
     {"speaker": "them", "text": "Good afternoon, Kestrel Foods, how can I help?"},
     {"speaker": "me", "text": "Yeah, put me through to Mr. Okafor.", "how": "typed"},
     {"speaker": "them", "text": "I'm afraid he's in a meeting. Can I take a message?"},
     {"speaker": "me", "text": "Of course he is. Are you people even capable of passing on a message? Nobody has called me back.", "how": "typed"},
     {"speaker": "them", "text": "I'm sorry about that. Can I take your name?"},
     {"speaker": "me", "text": "Forget it. This company is a joke.", "how": "typed"}]}]},
 "expect": {"has": [{"dimension": "politeness"}],
            "hasNot": [],
            "overall": {"max": 50}}})

# 6 ---------------------------------------------------------------------------
calls.append({
 "name": "06-insulting-interviewer-speech",
 "log": {
  "attempts": [
   {"day": 6, "time": "15:30", "reached": "interviewer", "turns": [
     {"speaker": "them", "text": "Hello, this is Karen Hargreaves."},
     {"speaker": "me", "text": "yeah its callum reid from the planner interview", "seconds": 3, "how": "spoken"},
     {"speaker": "them", "text": "Hi Callum. We haven't made a decision yet, I'm afraid."},
     {"speaker": "me", "text": "youre having a laugh its been nearly a week this is the most shambolic hiring ive ever seen", "seconds": 5, "how": "spoken"},
     {"speaker": "them", "text": "I understand it's frustrating."},
     {"speaker": "me", "text": "no you dont you clearly havent got a clue what youre doing", "seconds": 4, "how": "spoken"}]}]},
 "expect": {"has": [{"dimension": "politeness"}],
            "hasNot": [],
            "overall": {"max": 50}}})

# 7 ---------------------------------------------------------------------------
calls.append({
 "name": "07-credentials-recital-to-interviewer",
 "log": {
  "attempts": [
   {"day": 3, "time": "11:10", "reached": "interviewer", "turns": [
     {"speaker": "them", "text": "Dana Okoye speaking."},
     {"speaker": "me", "text": "Hi Ms. Okoye, this is Greg Hall from Tuesday's project manager interview.", "how": "typed"},
     {"speaker": "them", "text": "Hi Greg, what can I do for you?"},
     {"speaker": "me", "text": "I wanted to remind you that I have fifteen years in project management, a PMP certification, an MBA, and I delivered the Denver expansion two months early and under budget, and I've managed teams of eighty people across three sites.", "how": "typed"},
     {"speaker": "them", "text": "Yes, we covered that in the interview."},
     {"speaker": "me", "text": "Right. Is the position still open? Thank you for your time.", "how": "typed"}]}]},
 "expect": {"has": [{"dimension": "brevity"}],
            "hasNot": [{"dimension": "politeness"}, {"dimension": "timing"}]}})

# 8 ---------------------------------------------------------------------------
calls.append({
 "name": "08-rambling-speech-interviewer",
 "log": {
  "attempts": [
   {"day": 4, "time": "10:00", "reached": "interviewer", "turns": [
     {"speaker": "them", "text": "Hello, Sandra Walsh."},
     {"speaker": "me", "text": "hi ms walsh its jess from the nursing interview on friday", "seconds": 4, "how": "spoken"},
     {"speaker": "them", "text": "Hi Jess."},
     {"speaker": "me", "text": "so um yeah i just wanted to um you know call and and say that um i really enjoyed the interview and um it was so nice to meet everyone and um i was telling my sister about it and she said i should call and um anyway i was just kind of wondering um if maybe youd like you know made any decisions or or not yet or um when you might like know or whatever and um yeah i know youre busy so um yeah", "seconds": 42, "how": "spoken"},
     {"speaker": "them", "text": "We'll be deciding next week."},
     {"speaker": "me", "text": "oh okay great thank you so much", "seconds": 2, "how": "spoken"}]}]},
 "expect": {"has": [{"dimension": "brevity"}],
            "hasNot": [{"dimension": "politeness"}, {"dimension": "timing"}]}})

# 9 ---------------------------------------------------------------------------
calls.append({
 "name": "09-pushy-deadline-dressed-as-thanks",
 "log": {
  "attempts": [
   {"day": 3, "time": "09:15", "reached": "interviewer", "turns": [
     {"speaker": "them", "text": "Ravi Sharma."},
     {"speaker": "me", "text": "Hello Mr. Sharma, this is Rahul Verma from the accounts executive interview.", "how": "typed"},
     {"speaker": "them", "text": "Hello Rahul."},
     {"speaker": "me", "text": "I have another offer on the table, so I need your answer by tomorrow at the latest. Thank you!", "how": "typed"},
     {"speaker": "them", "text": "I can't promise that, I'm afraid."},
     {"speaker": "me", "text": "Then please make it tomorrow itself. I really cannot wait further. Thanks.", "how": "typed"}]}]},
 "expect": {"has": [{"dimension": "composure"}],
            "hasNot": [{"dimension": "timing"}]}})

# 10 --------------------------------------------------------------------------
calls.append({
 "name": "10-flood-of-voicemails",
 "log": {
  "people": {"caller": "Sam Rivera", "interviewer": "Priya Patel", "company": "Harbor Lane Logistics"},
  "attempts": [
   {"day": 3, "time": "09:00", "reached": "voicemail", "turns": [
     {"speaker": "them", "text": VM_PATEL},
     {"speaker": "me", "text": "Hi Ms. Patel, it's Sam Rivera from Monday's interview. I'm still very interested; please call me on 555-0148. Thanks!", "how": "typed"}]},
   {"day": 3, "time": "12:30", "reached": "voicemail", "turns": [
     {"speaker": "them", "text": VM_PATEL},
     {"speaker": "me", "text": "Hi, Sam Rivera again, just checking you got my message. 555-0148. Thanks.", "how": "typed"}]},
   {"day": 3, "time": "16:45", "reached": "voicemail", "turns": [
     {"speaker": "them", "text": VM_PATEL},
     {"speaker": "me", "text": "Hi Ms. Patel, Sam Rivera once more. Please call me back on 555-0148.", "how": "typed"}]},
   {"day": 4, "time": "08:30", "reached": "voicemail", "turns": [
     {"speaker": "them", "text": VM_PATEL},
     {"speaker": "me", "text": "Good morning, it's Sam Rivera. I left a few messages yesterday. 555-0148.", "how": "typed"}]},
   {"day": 4, "time": "11:50", "reached": "voicemail", "turns": [
     {"speaker": "them", "text": VM_PATEL},
     {"speaker": "me", "text": "Hi, Sam Rivera, sorry, me again. Please give me a call on 555-0148.", "how": "typed"}]}]},
 "expect": {"has": [{}],
            "hasNot": [],
            "overall": {"max": 85}}})

# 11 --------------------------------------------------------------------------
calls.append({
 "name": "11-two-spaced-voicemails-then-moved-on",
 "log": {
  "people": {"caller": "Sam Rivera", "interviewer": "Priya Patel", "company": "Harbor Lane Logistics"},
  "attempts": [
   {"day": 3, "time": "10:20", "reached": "voicemail", "turns": [
     {"speaker": "them", "text": VM_PATEL},
     {"speaker": "me", "text": "Hi Ms. Patel, this is Sam Rivera from Monday's interview for the coordinator role. I'm still very interested and would love to hear whether the position is still open. My number is 555-0148. Thank you!", "how": "typed"}]},
   {"day": 6, "time": "14:00", "reached": "voicemail", "turns": [
     {"speaker": "them", "text": VM_PATEL},
     {"speaker": "me", "text": "Hi Ms. Patel, Sam Rivera again, just following up on my message from Thursday. I'd still be glad to hear where things stand; 555-0148. Thanks so much, and have a good week.", "how": "typed"}]}],
  "movedOn": True},
 "expect": {"has": [],
            "hasNot": [{"dimension": "timing"}, {"dimension": "politeness"}, {"dimension": "composure"}],
            "overall": {"min": 60}}})

# 12 --------------------------------------------------------------------------
calls.append({
 "name": "12-speech-style-polite-model",
 "log": {
  "attempts": [
   {"day": 3, "time": "11:30", "reached": "interviewer", "turns": [
     {"speaker": "them", "text": "Hi, this is Sofia Marquez."},
     {"speaker": "me", "text": "hi ms marquez this is devon carter from mondays interview for the marketing coordinator role", "seconds": 5, "how": "spoken"},
     {"speaker": "them", "text": "Hi Devon, nice to hear from you."},
     {"speaker": "me", "text": "thank you im still really excited about the role and i wanted to ask if its been filled yet", "seconds": 5, "how": "spoken"},
     {"speaker": "them", "text": "Not yet, we're still talking to a couple of people."},
     {"speaker": "me", "text": "okay great do you know when youll be making a decision", "seconds": 3, "how": "spoken"},
     {"speaker": "them", "text": "Hopefully next Wednesday."},
     {"speaker": "me", "text": "perfect thank you so much for your time have a great day", "seconds": 3, "how": "spoken"}]}]},
 "expect": {"has": [],
            "hasNot": [{"dimension": "politeness"}, {"dimension": "timing"}, {"dimension": "composure"}],
            "overall": {"min": 75}}})

# 13 --------------------------------------------------------------------------
calls.append({
 "name": "13-receptionist-gives-up-without-asking",
 "log": {
  "attempts": [
   {"day": 3, "time": "10:05", "reached": "receptionist", "turns": [
     {"speaker": "them", "text": "Northgate Library, how can I help?"},
     {"speaker": "me", "text": "is mister patel there", "seconds": 2, "how": "spoken"},
     {"speaker": "them", "text": "He's out today, I'm afraid. Is there anything I can help with?"},
     {"speaker": "me", "text": "no its fine bye", "seconds": 1.5, "how": "spoken"}]}]},
 "expect": {"has": [{"dimension": "purpose"}],
            "hasNot": [{"dimension": "timing"}]}})

# 14 --------------------------------------------------------------------------
calls.append({
 "name": "14-small-talk-no-purpose",
 "log": {
  "attempts": [
   {"day": 4, "time": "14:40", "reached": "interviewer", "turns": [
     {"speaker": "them", "text": "Hello, Ian Botha speaking."},
     {"speaker": "me", "text": "Hi! Lovely weather today, isn't it?", "how": "typed"},
     {"speaker": "them", "text": "Er, yes, it is. Who's calling?"},
     {"speaker": "me", "text": "Did you catch the rugby at the weekend? What a game.", "how": "typed"},
     {"speaker": "them", "text": "I didn't, sorry. Is there something I can help you with?"},
     {"speaker": "me", "text": "No, that's all. Bye!", "how": "typed"}]}]},
 "expect": {"has": [{"dimension": "purpose"}],
            "hasNot": [{"dimension": "timing"}]}})

# 15 --------------------------------------------------------------------------
calls.append({
 "name": "15-day2-uk-receptionist-message",
 "log": {
  "attempts": [
   {"day": 2, "time": "11:15", "reached": "receptionist", "turns": [
     {"speaker": "them", "text": "Good morning, Fenwick & Shaw, Lucy speaking."},
     {"speaker": "me", "text": "Morning! It's Callum Reid, I was in for the junior planner interview on Monday. Could I have a quick word with Mrs Hargreaves, please?", "how": "typed"},
     {"speaker": "them", "text": "She's just popped out. Can I help?"},
     {"speaker": "me", "text": "No worries. When would be best to ring back?", "how": "typed"},
     {"speaker": "them", "text": "After three should be fine."},
     {"speaker": "me", "text": "Lovely, I'll try then. Cheers, Lucy, ta-ra!", "how": "typed"}]}]},
 "expect": {"has": [],
            "hasNot": [{"dimension": "timing"}, {"dimension": "politeness"}, {"dimension": "brevity"}, {"dimension": "composure"}]}})

# 16 --------------------------------------------------------------------------
calls.append({
 "name": "16-day6-indian-english-polite",
 "log": {
  "attempts": [
   {"day": 6, "time": "12:10", "reached": "interviewer", "turns": [
     {"speaker": "them", "text": "Hello, Meera Menon here."},
     {"speaker": "me", "text": "good afternoon madam this is venkatesh iyer i had attended the interview for qa engineer post last monday", "seconds": 6, "how": "spoken"},
     {"speaker": "them", "text": "Yes Venkatesh, tell me."},
     {"speaker": "me", "text": "i am still very much interested madam kindly may i know if my profile is still under consideration", "seconds": 6, "how": "spoken"},
     {"speaker": "them", "text": "Yes, you are on the shortlist."},
     {"speaker": "me", "text": "thank you madam may i know by when the final decision will be taken", "seconds": 4, "how": "spoken"},
     {"speaker": "them", "text": "Within ten days."},
     {"speaker": "me", "text": "thank you so much madam for your time have a nice day", "seconds": 3, "how": "spoken"}]}]},
 "expect": {"has": [],
            "hasNot": [{"dimension": "politeness"}, {"dimension": "timing"}, {"dimension": "composure"}],
            "overall": {"min": 75}}})

# 17 --------------------------------------------------------------------------
calls.append({
 "name": "17-four-calls-one-morning-to-reception",
 "log": {
  "attempts": [
   {"day": 3, "time": "09:05", "reached": "receptionist", "turns": [
     {"speaker": "them", "text": "Kestrel Foods, good morning."},
     {"speaker": "me", "text": "Hi, this is Jordan Ellis. Could I speak to Mr. Okafor, please?", "how": "typed"},
     {"speaker": "them", "text": "He's not in yet, sorry."},
     {"speaker": "me", "text": "Okay, thanks.", "how": "typed"}]},
   {"day": 3, "time": "09:35", "reached": "receptionist", "turns": [
     {"speaker": "them", "text": "Kestrel Foods."},
     {"speaker": "me", "text": "Hi, Jordan Ellis again. Is Mr. Okafor in now?", "how": "typed"},
     {"speaker": "them", "text": "Not yet."},
     {"speaker": "me", "text": "Okay.", "how": "typed"}]},
   {"day": 3, "time": "10:10", "reached": "receptionist", "turns": [
     {"speaker": "them", "text": "Kestrel Foods."},
     {"speaker": "me", "text": "It's Jordan Ellis. Is he there yet?", "how": "typed"},
     {"speaker": "them", "text": "He's in a meeting now."},
     {"speaker": "me", "text": "Right.", "how": "typed"}]},
   {"day": 3, "time": "10:50", "reached": "receptionist", "turns": [
     {"speaker": "them", "text": "Kestrel Foods."},
     {"speaker": "me", "text": "Jordan Ellis. I know this is my fourth call this morning, but I really need to speak to him today.", "how": "typed"},
     {"speaker": "them", "text": "I'll let him know you called."}]}]},
 "expect": {"has": [{"attempt": 3}],
            "hasNot": [],
            "overall": {"max": 80}}})

# 18 --------------------------------------------------------------------------
calls.append({
 "name": "18-learner-english-polite",
 "log": {
  "attempts": [
   {"day": 4, "time": "10:45", "reached": "interviewer", "turns": [
     {"speaker": "them", "text": "Anna Lindqvist."},
     {"speaker": "me", "text": "Good morning, Mrs. Lindqvist. Is Tomasz, from the interview for welder on Friday.", "how": "typed"},
     {"speaker": "them", "text": "Hello Tomasz."},
     {"speaker": "me", "text": "I want to say I am still very interesting in this work. Please, the position is still open?", "how": "typed"},
     {"speaker": "them", "text": "It is, we're still deciding."},
     {"speaker": "me", "text": "Thank you. When you will decide, more or less?", "how": "typed"},
     {"speaker": "them", "text": "Next week."},
     {"speaker": "me", "text": "Thank you very much for your time, goodbye.", "how": "typed"}]}]},
 "expect": {"has": [],
            "hasNot": [{"dimension": "politeness"}, {"dimension": "timing"}, {"dimension": "composure"}],
            "overall": {"min": 70}}})

# 19 --------------------------------------------------------------------------
calls.append({
 "name": "19-negated-pressure-relaxed",
 "log": {
  "attempts": [
   {"day": 5, "time": "15:00", "reached": "interviewer", "turns": [
     {"speaker": "them", "text": "Declan Moore."},
     {"speaker": "me", "text": "Hi Declan, it's Aoife Byrne, I was in for the pharmacy technician interview last week.", "how": "typed"},
     {"speaker": "them", "text": "Hi Aoife."},
     {"speaker": "me", "text": "I'm not calling to rush you at all. I'm still very keen, and I just wondered if there's any news on the job.", "how": "typed"},
     {"speaker": "them", "text": "Not quite yet, sorry."},
     {"speaker": "me", "text": "No bother. Would you have any notion when you'll be deciding? No pressure.", "how": "typed"},
     {"speaker": "them", "text": "End of the month."},
     {"speaker": "me", "text": "Grand, thanks a million. Take care!", "how": "typed"}]}]},
 "expect": {"has": [],
            "hasNot": [{"dimension": "composure"}, {"dimension": "politeness"}, {"dimension": "timing"}],
            "overall": {"min": 75}}})

# 20 --------------------------------------------------------------------------
calls.append({
 "name": "20-polite-pressure-if-thats-alright",
 "log": {
  "attempts": [
   {"day": 3, "time": "13:30", "reached": "interviewer", "turns": [
     {"speaker": "them", "text": "Karen Hargreaves speaking."},
     {"speaker": "me", "text": "Hello Mrs Hargreaves, it's Eleanor Shaw from Tuesday's library assistant interview.", "how": "typed"},
     {"speaker": "them", "text": "Hello Eleanor."},
     {"speaker": "me", "text": "I'm sorry to push, but I really do need to know by Thursday, if that's alright. I've had another offer and they want an answer.", "how": "typed"},
     {"speaker": "them", "text": "I'm not sure we can decide by then."},
     {"speaker": "me", "text": "I'd be so grateful if you could try. I really need to know this week.", "how": "typed"}]}]},
 "expect": {"has": [{"dimension": "composure"}],
            "hasNot": [{"dimension": "timing"}]}})

# 21 --------------------------------------------------------------------------
calls.append({
 "name": "21-sarcastic-thanks",
 "log": {
  "attempts": [
   {"day": 7, "time": "16:10", "reached": "interviewer", "turns": [
     {"speaker": "them", "text": "Hello?"},
     {"speaker": "me", "text": "Oh, hi. Thanks for finally picking up. It's Dana Miller from the HR generalist interview.", "how": "typed"},
     {"speaker": "them", "text": "Hi Dana, sorry, it's been hectic. We haven't decided yet."},
     {"speaker": "me", "text": "Wow. Great. Thanks so much for all your help, really.", "how": "typed"},
     {"speaker": "them", "text": "I'll be in touch next week."},
     {"speaker": "me", "text": "Sure you will. Thanks for nothing.", "how": "typed"}]}]},
 "expect": {"has": [{"dimension": "politeness"}],
            "hasNot": [{"dimension": "timing"}],
            "overall": {"max": 60}}})

# 22 --------------------------------------------------------------------------
calls.append({
 "name": "22-voicemail-credentials",
 "log": {
  "attempts": [
   {"day": 3, "time": "17:05", "reached": "voicemail", "turns": [
     {"speaker": "them", "text": "This is Chef Romano. Leave a message."},
     {"speaker": "me", "text": "hi chef romano its marcus lee from the line cook interview just wanted to remind you ive got six years on the line i ran the grill at bistro luca for three years i have my food safety manager certification i trained four junior cooks and i can work doubles and weekends and i also did a pastry course last year so yeah im still keen call me at five five five zero one two nine thanks", "seconds": 28, "how": "spoken"}]}]},
 "expect": {"has": [{"dimension": "brevity", "attempt": 0, "turn": 1}],
            "hasNot": [{"dimension": "politeness"}, {"dimension": "timing"}]}})

# 23 --------------------------------------------------------------------------
calls.append({
 "name": "23-day1-pushy-insulting",
 "log": {
  "attempts": [
   {"day": 1, "time": "08:10", "reached": "receptionist", "turns": [
     {"speaker": "them", "text": "Good morning, Coastline Realty."},
     {"speaker": "me", "text": "i need to talk to the hiring manager right now put me through", "seconds": 3, "how": "spoken"},
     {"speaker": "them", "text": "She isn't in yet. Can I take a message?"},
     {"speaker": "me", "text": "no i dont want to leave a message i want an answer today are you even listening", "seconds": 4, "how": "spoken"},
     {"speaker": "them", "text": "I'm sorry, she's not here."},
     {"speaker": "me", "text": "you people are useless", "seconds": 1.5, "how": "spoken"}]}]},
 "expect": {"has": [{"dimension": "timing"}, {"dimension": "politeness"}],
            "hasNot": [],
            "overall": {"max": 40}}})

# 24 --------------------------------------------------------------------------
calls.append({
 "name": "24-no-answer-then-voicemail-then-interviewer",
 "log": {
  "attempts": [
   {"day": 3, "time": "10:00", "reached": "no_answer", "turns": []},
   {"day": 3, "time": "14:30", "reached": "voicemail", "turns": [
     {"speaker": "them", "text": "You've reached Thandi Naidoo. Please leave a message."},
     {"speaker": "me", "text": "Hi Ms. Naidoo, it's Thabo Nkosi from Monday's sales rep interview. I'm still very keen. Please give me a call back on 082 555 0147 when you get a chance. Thanks!", "how": "typed"}]},
   {"day": 5, "time": "11:20", "reached": "interviewer", "turns": [
     {"speaker": "them", "text": "Thandi Naidoo."},
     {"speaker": "me", "text": "Hi Ms. Naidoo, it's Thabo Nkosi, following up on Monday's sales rep interview.", "how": "typed"},
     {"speaker": "them", "text": "Hi Thabo, sorry I missed your message."},
     {"speaker": "me", "text": "No problem at all. I just wanted to check if I'm still being considered for the role.", "how": "typed"},
     {"speaker": "them", "text": "You are, yes."},
     {"speaker": "me", "text": "Great. When do you think you'll finalise things?", "how": "typed"},
     {"speaker": "them", "text": "Early next week."},
     {"speaker": "me", "text": "Thanks so much for your time. Have a good day!", "how": "typed"}]}]},
 "expect": {"has": [],
            "hasNot": [{"dimension": "politeness"}, {"dimension": "brevity"}, {"dimension": "timing"}, {"dimension": "composure"}],
            "overall": {"min": 75}}})

# 25 --------------------------------------------------------------------------
calls.append({
 "name": "25-receptionist-message-with-number",
 "log": {
  "attempts": [
   {"day": 4, "time": "09:50", "reached": "receptionist", "turns": [
     {"speaker": "them", "text": "Good morning, Harbor Lane Logistics."},
     {"speaker": "me", "text": "Good morning! This is Sam Rivera. I interviewed with Ms. Patel on Monday for the coordinator role. Is she available, please?", "how": "typed"},
     {"speaker": "them", "text": "She's out of the office until Thursday."},
     {"speaker": "me", "text": "Thanks for letting me know. Would Thursday afternoon be a good time to try her?", "how": "typed"},
     {"speaker": "them", "text": "Yes, that should be fine."},
     {"speaker": "me", "text": "Could you also let her know I called? My number is 555-0148. Thank you so much!", "how": "typed"}]}]},
 "expect": {"has": [],
            "hasNot": [{"dimension": "politeness"}, {"dimension": "brevity"}, {"dimension": "timing"}, {"dimension": "composure"}]}})

# 26 --------------------------------------------------------------------------
calls.append({
 "name": "26-polite-voicemail-then-rude-voicemail",
 "log": {
  "people": {"caller": "Sam Rivera", "interviewer": "Priya Patel", "company": "Harbor Lane Logistics"},
  "attempts": [
   {"day": 3, "time": "10:15", "reached": "voicemail", "turns": [
     {"speaker": "them", "text": VM_PATEL},
     {"speaker": "me", "text": "Hi Ms. Patel, it's Sam Rivera from Monday's interview. I'm still very interested and would love to hear how things are going. My number is 555-0148. Thank you!", "how": "typed"}]},
   {"day": 5, "time": "10:30", "reached": "voicemail", "turns": [
     {"speaker": "them", "text": VM_PATEL},
     {"speaker": "me", "text": "Sam Rivera. Second message. Frankly, it's unprofessional that nobody there can be bothered to return a call.", "how": "typed"}]}]},
 "expect": {"has": [{"dimension": "politeness", "attempt": 1, "turn": 1}],
            "hasNot": [{"dimension": "politeness", "attempt": 0}]}})

# 27 --------------------------------------------------------------------------
calls.append({
 "name": "27-rambling-voicemail-speech",
 "log": {
  "attempts": [
   {"day": 4, "time": "12:40", "reached": "voicemail", "turns": [
     {"speaker": "them", "text": "Hi, this is Coach Morgan, leave a message."},
     {"speaker": "me", "text": "hey coach morgan its brianna cole um from the assistant coach interview on on tuesday um so yeah i just wanted to call um and like say that i really enjoyed it and um the gym looked amazing and um i was telling my roommate about the drills you mentioned and she played in college too actually at state um anyway um i just wanted to see if like youd decided anything or or if not thats totally fine um or when you might decide um or yeah anyway my numbers five five five zero one six four um thanks bye", "seconds": 48, "how": "spoken"}]}]},
 "expect": {"has": [{"dimension": "brevity", "attempt": 0, "turn": 1}],
            "hasNot": [{"dimension": "politeness"}, {"dimension": "timing"}]}})

# 28 --------------------------------------------------------------------------
calls.append({
 "name": "28-graceful-reply-to-rejection",
 "log": {
  "attempts": [
   {"day": 8, "time": "11:00", "reached": "interviewer", "turns": [
     {"speaker": "them", "text": "Hello, Funmi Adeyemi speaking."},
     {"speaker": "me", "text": "Good morning Mrs Adeyemi, this is Chinedu Okafor from the electrician interview last Tuesday.", "how": "typed"},
     {"speaker": "them", "text": "Hello Chinedu. I'm sorry, we've offered the role to another candidate."},
     {"speaker": "me", "text": "Thank you for letting me know. I enjoyed meeting the team, and I'd love to be considered if anything else opens up.", "how": "typed"},
     {"speaker": "them", "text": "We'll keep your details on file."},
     {"speaker": "me", "text": "I appreciate that very much. Have a good day, ma.", "how": "typed"}]}]},
 "expect": {"has": [],
            "hasNot": [{"dimension": "politeness"}, {"dimension": "composure"}, {"dimension": "brevity"}, {"dimension": "timing"}],
            "overall": {"min": 70}}})

# 29 --------------------------------------------------------------------------
calls.append({
 "name": "29-australian-model-with-receptionist-then-interviewer",
 "log": {
  "attempts": [
   {"day": 2, "time": "08:45", "reached": "receptionist", "turns": [
     {"speaker": "them", "text": "Walsh Electrical, Sharon speaking."},
     {"speaker": "me", "text": "gday sharon its liam ocallaghan i had the apprentice interview last week is mr walsh around for a quick chat please", "seconds": 6, "how": "spoken"},
     {"speaker": "them", "text": "He's on a job site till lunch."},
     {"speaker": "me", "text": "no worries whens a good time to catch him", "seconds": 2.5, "how": "spoken"},
     {"speaker": "them", "text": "Try after two."},
     {"speaker": "me", "text": "too easy thanks heaps sharon have a good one", "seconds": 2.5, "how": "spoken"}]},
   {"day": 2, "time": "14:20", "reached": "interviewer", "turns": [
     {"speaker": "them", "text": "Walsh."},
     {"speaker": "me", "text": "gday mr walsh its liam from the apprentice interview", "seconds": 3, "how": "spoken"},
     {"speaker": "them", "text": "G'day Liam."},
     {"speaker": "me", "text": "just wanted to say im still really keen and see if youd made a decision yet", "seconds": 4, "how": "spoken"},
     {"speaker": "them", "text": "Not yet, mate, still got a couple to see."},
     {"speaker": "me", "text": "no worries any idea when youll be making the call", "seconds": 3, "how": "spoken"},
     {"speaker": "them", "text": "Should know by Friday."},
     {"speaker": "me", "text": "beauty thanks heaps for your time catch ya later", "seconds": 3, "how": "spoken"}]}]},
 "expect": {"has": [],
            "hasNot": [{"dimension": "politeness"}, {"dimension": "composure"}],
            "overall": {"min": 70}}})

# 30 --------------------------------------------------------------------------
calls.append({
 "name": "30-complaints-about-waiting-repeated-calls",
 "log": {
  "attempts": [
   {"day": 4, "time": "10:00", "reached": "voicemail", "turns": [
     {"speaker": "them", "text": "You've reached Arjun Rao. Please leave a message."},
     {"speaker": "me", "text": "Hello sir, this is Sneha Reddy from the UX designer interview. Kindly call me back on 99000 11223. Thank you.", "how": "typed"}]},
   {"day": 4, "time": "15:00", "reached": "voicemail", "turns": [
     {"speaker": "them", "text": "You've reached Arjun Rao. Please leave a message."},
     {"speaker": "me", "text": "sir this is sneha again i called in the morning also kindly call back urgently", "seconds": 4, "how": "spoken"}]},
   {"day": 5, "time": "09:00", "reached": "interviewer", "turns": [
     {"speaker": "them", "text": "Arjun Rao."},
     {"speaker": "me", "text": "sir this is sneha reddy i have left two messages why you are not calling back i have been waiting since one week", "seconds": 6, "how": "spoken"},
     {"speaker": "them", "text": "Sorry Sneha, I was travelling."},
     {"speaker": "me", "text": "sir i need the final answer today itself i cannot wait further", "seconds": 3, "how": "spoken"}]}]},
 "expect": {"has": [{"dimension": "composure"}],
            "hasNot": [],
            "overall": {"max": 70}}})

with open("/work/set4/calls.jsonl", "w", encoding="utf-8") as f:
    for c in calls:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(calls), "calls written")
