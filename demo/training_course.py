"""The demo core course, in the project's own words: six modules, each with lessons and a quiz of five or more
questions. Questions are (text, kind, [(choice, correct)], explanation, lesson to revisit)."""

S, M = "single", "multiple"

NATIONAL_STANDARDS_COMPETENCIES = {
    "Basic knowledge of HIV and treatments": "Understanding how the condition and its treatment work, well enough to "
    "talk about them accurately and to know when to point someone to a clinician.",
    "Wellbeing and self-management": "Helping someone look after their physical and emotional health day to day.",
    "Sexual health": "Talking openly and accurately about relationships, sex and prevention.",
    "Diversity": "Respecting difference and making support work for people of every background and identity.",
    "Cross-cultural awareness": "Noticing how culture, faith and language shape what support feels right.",
    "Safety and risk assessment": "Keeping both people safe when meeting, and thinking through risks before acting.",
    "Listening and communication": "Listening fully, reflecting back and asking open questions.",
    "Confidentiality and boundaries": "Keeping what is shared private within agreed limits, and keeping the "
    "relationship clear.",
    "Long-term condition self-management": "Supporting someone to manage a condition that will be part of their life.",
    "Safeguarding": "Recognising when someone may be at risk of harm and passing the concern on properly.",
    "Monitoring and record keeping": "Keeping short, factual, secure notes that the project needs.",
    "SMART goals and action planning": "Helping someone set goals that are specific and achievable, and plan steps.",
    "Starting and ending the peer support relationship": "Opening a peer relationship well, and closing it kindly.",
    "Group facilitation": "Helping a group run safely so that everyone can take part.",
    "Telephone and online support": "Offering support well when you cannot see the other person.",
}

INDUCTION_ITEMS = [
    ("Mission and values", "Talk through what the project is for and the values behind how it works."),
    ("Who is who", "Meet or hear about the coordinator, the team, and who to contact for what."),
    ("Expectations both ways", "Agree what the project expects of the volunteer and what they can expect back."),
    ("Policies", "Go through confidentiality, safeguarding, expenses and complaints policies."),
    ("Health and safety", "Cover lone working, meeting places, and what to do in an emergency."),
    ("Volunteer handbook", "Hand over the handbook and point out where to find things in it."),
    ("Supervision model", "Explain how one-to-one and group supervision work and book the first session."),
]


def _text(html):
    return {"type": "text", "value": html}


def _points(*points):
    return {"type": "key_points", "value": {"heading": "Key points", "points": list(points)}}


def _scenario(title, situation, *questions):
    return {"type": "scenario", "value": {"title": title, "situation": situation, "questions": list(questions)}}


def _reflect(prompt):
    return {"type": "reflection", "value": {"prompt": prompt}}


def _media(title, kind, transcript):
    return {
        "type": "media",
        "value": {"title": title, "kind": kind, "url": "", "document": None, "transcript": transcript},
    }


def _lesson(title, *content):
    return {"type": "lesson", "value": {"title": title, "content": list(content)}}


MODULES = [
    {
        "slug": "listening-and-communication",
        "title": "Listening and communication",
        "summary": "The heart of peer support: listening so that the other person feels heard, and talking so that "
        "they stay in charge of their own choices.",
        "hours": "2",
        "competencies": ["Listening and communication"],
        "lessons": [
            _lesson(
                "Listening that helps",
                _text(
                    "<p>Most of what a Peer Supporter does is listen. Good listening is active: you give the person "
                    "your whole attention, you let silences happen, and you check that you have understood before "
                    "you say anything about yourself.</p><p>It is tempting to fix things or to reassure quickly. "
                    "Both can leave someone feeling that their worry was brushed aside. Listening first shows that "
                    "what they feel makes sense.</p>"
                ),
                _points(
                    "Give your full attention: put your phone away and face the person.",
                    "Reflect back what you heard in your own words.",
                    "Leave silences; people often fill them with what matters most.",
                    "Hold back advice until you understand what the person wants.",
                ),
                _media(
                    "A short listening exercise",
                    "audio",
                    "<p>Narrator: Think of the last time someone really listened to you. What did they do? Perhaps "
                    "they nodded, waited, and said back the part that mattered. Now think of a time you were not "
                    "heard. What was different? Keep both memories in mind as you work through this module.</p>",
                ),
                _reflect("When did someone last listen to you well? What did they do that you could do too?"),
            ),
            _lesson(
                "Questions and reflecting back",
                _text(
                    "<p>Open questions (how, what, tell me about) invite a fuller answer than closed ones that can "
                    "be answered yes or no. Summarising every so often shows that you have followed, and lets the "
                    "person correct you.</p>"
                ),
                _scenario(
                    "A first meeting",
                    "<p>Sam has been told about a new diagnosis a month ago. In your first meeting they say, "
                    "\u201cI'm fine, really, I just don't know why I'm here.\u201d Then they go quiet.</p>",
                    "What open question might help Sam say more?",
                    "How could you show that it is fine not to know yet?",
                ),
                _reflect("Which do you find harder: staying quiet, or asking open questions? Why?"),
            ),
        ],
        "questions": [
            (
                "What is the main aim of active listening?",
                S,
                [
                    ("To help the person feel heard and understood", True),
                    ("To find the quickest solution to their problem", False),
                    ("To share your own story as soon as possible", False),
                ],
                "Listening is about the other person's experience; solutions and your own story come later, if at all.",
                1,
            ),
            (
                "Which of these is an open question?",
                S,
                [
                    ("Did the appointment go well?", False),
                    ("How did the appointment feel for you?", True),
                    ("Are you taking your medication?", False),
                ],
                "Open questions cannot be answered with a simple yes or no, so they invite the person to say more.",
                2,
            ),
            (
                "Which of these show someone you are listening? Tick all that apply.",
                M,
                [
                    ("Summarising what they have said", True),
                    ("Allowing a pause before you reply", True),
                    ("Checking your phone while they talk", False),
                    ("Reflecting back a feeling you noticed", True),
                ],
                "Summaries, pauses and reflecting feelings all show attention; glancing at a phone shows the opposite.",
                1,
            ),
            (
                "Someone says they are fine but goes quiet. What is a helpful first response?",
                S,
                [
                    ("Change the subject to something lighter", False),
                    ("Leave a little silence, then gently say you are happy to hear whatever is on their mind", True),
                    ("Tell them they should not worry", False),
                ],
                "A gentle invitation and some space lets the person decide what to share, without pressure.",
                2,
            ),
            (
                "Why hold back advice early in a conversation?",
                S,
                [
                    ("Because advice is never useful", False),
                    ("Because you may not yet know what the person wants or needs", True),
                    ("Because the coordinator gives all advice", False),
                ],
                "Advice given too soon often misses the point; understanding comes first.",
                1,
            ),
        ],
    },
    {
        "slug": "confidentiality-and-boundaries",
        "title": "Confidentiality and boundaries",
        "summary": "Keeping what people tell you private, knowing the limits of that promise, and keeping the "
        "relationship safe and clear for both of you.",
        "hours": "2",
        "competencies": ["Confidentiality and boundaries"],
        "lessons": [
            _lesson(
                "What confidentiality means here",
                _text(
                    "<p>People share things with a Peer Supporter that they may have told nobody else. What they "
                    "share stays within the project: you talk about it only in supervision, and only as much as "
                    "needed. You never confirm to anyone outside that you know someone through the project.</p>"
                    "<p>There are limits. If someone is at risk of serious harm, you pass the concern on to the "
                    "coordinator. Explain this at the start so it is never a surprise.</p>"
                ),
                _points(
                    "Explain confidentiality and its limits at the first meeting.",
                    "Discuss people you support only in supervision.",
                    "If you see someone you support in public, let them decide whether to say hello.",
                ),
                _reflect("How would you explain the limits of confidentiality in your own words?"),
            ),
            _lesson(
                "Boundaries",
                _text(
                    "<p>Boundaries keep the relationship useful. Agree when and how you will be in touch, meet in "
                    "agreed places, and do not lend money or take on tasks that belong to professionals.</p>"
                ),
                _scenario(
                    "Late-night messages",
                    "<p>Jo, whom you support, has started messaging you late at night, sometimes several times. "
                    "You want to help, but you are tired and worried about missing something important.</p>",
                    "What could you say to Jo about contact times, kindly and clearly?",
                    "Who would you talk this through with?",
                ),
            ),
        ],
        "questions": [
            (
                "When may you talk about someone you support?",
                S,
                [
                    ("With friends, if you leave out their name", False),
                    ("In supervision with the project, as much as is needed", True),
                    ("Never, under any circumstances", False),
                ],
                "Supervision is where support is discussed; even without names, friends could work out who it is.",
                1,
            ),
            (
                "When must you pass on something shared in confidence?",
                S,
                [
                    ("When someone is at risk of serious harm", True),
                    ("When their family asks how they are", False),
                    ("When you think they have made a poor choice", False),
                ],
                "Risk of serious harm is the limit of confidentiality; other people's curiosity is not.",
                1,
            ),
            (
                "You see someone you support in a supermarket. What do you do?",
                S,
                [
                    ("Go straight over and ask how their week went", False),
                    ("Let them choose whether to acknowledge you", True),
                    ("Introduce them to the friend you are with", False),
                ],
                "Greeting them could reveal how you know each other; letting them lead protects their privacy.",
                1,
            ),
            (
                "Which of these are healthy boundaries? Tick all that apply.",
                M,
                [
                    ("Agreeing times when you can be contacted", True),
                    ("Lending money when someone is short", False),
                    ("Meeting in places agreed with the project", True),
                    ("Talking to the coordinator when a boundary is tested", True),
                ],
                "Agreed contact times and places, and using supervision, keep things safe; lending money blurs the "
                "relationship.",
                2,
            ),
            (
                "When should you explain confidentiality and its limits?",
                S,
                [
                    ("Only if a problem comes up", False),
                    ("At the first meeting", True),
                    ("At the end of the relationship", False),
                ],
                "Saying it up front means nobody is surprised later.",
                1,
            ),
        ],
    },
    {
        "slug": "safety-and-safeguarding",
        "title": "Safety, risk and safeguarding",
        "summary": "Keeping both of you safe when you meet, thinking through risks, and knowing what to do when you "
        "are worried about someone.",
        "hours": "2.5",
        "competencies": ["Safety and risk assessment", "Safeguarding"],
        "lessons": [
            _lesson(
                "Staying safe",
                _text(
                    "<p>Meet in public or project venues, let the project know when and where you are meeting, and "
                    "trust your instincts: if something feels wrong you can end a meeting early.</p>"
                ),
                _points(
                    "Meet in agreed, public or project places.",
                    "Tell the project when and where you are meeting.",
                    "You can always end a meeting that feels unsafe.",
                ),
            ),
            _lesson(
                "When you are worried about someone",
                _text(
                    "<p>Safeguarding means protecting people from harm, abuse or neglect. You are not expected to "
                    "investigate. Your job is to listen, not promise secrecy, write down what was said, and tell the "
                    "coordinator the same day.</p><p>If someone is in immediate danger, call the emergency services "
                    "first.</p>"
                ),
                _scenario(
                    "A worrying remark",
                    "<p>At the end of a meeting, Alex mentions that their partner checks their phone and will not "
                    "let them see friends. They ask you not to tell anyone.</p>",
                    "What can you honestly promise Alex?",
                    "What do you do after the meeting?",
                ),
                _reflect("What would make it hard for you to pass a concern on? How could supervision help?"),
            ),
        ],
        "questions": [
            (
                "Where should you meet someone you support?",
                S,
                [
                    ("At their home, so they are comfortable", False),
                    ("In an agreed public or project venue", True),
                    ("Wherever is quickest for you", False),
                ],
                "Agreed public or project venues protect both people.",
                1,
            ),
            (
                "Someone tells you something worrying and asks you to keep it secret. What do you say?",
                S,
                [
                    ("That you promise to tell nobody", False),
                    ("That you cannot promise secrecy if someone may be at risk, and explain what happens next", True),
                    ("Nothing, and change the subject", False),
                ],
                "Promising secrecy you cannot keep breaks trust later; honesty about the limits keeps it.",
                2,
            ),
            (
                "What should you do after hearing a safeguarding concern? Tick all that apply.",
                M,
                [
                    ("Write down what was said, in their words", True),
                    ("Tell the coordinator the same day", True),
                    ("Question the person they mentioned", False),
                    ("Call emergency services if someone is in immediate danger", True),
                ],
                "Record, report promptly, and call for help in an emergency; investigating is not your role.",
                2,
            ),
            (
                "A meeting starts to feel unsafe. What can you do?",
                S,
                [
                    ("End the meeting politely and leave", True),
                    ("Stay until the agreed end time no matter what", False),
                    ("Ignore the feeling", False),
                ],
                "Your safety matters too: you may always end a meeting.",
                1,
            ),
            (
                "Is it a Peer Supporter's job to investigate suspected abuse?",
                S,
                [
                    ("Yes, to gather evidence", False),
                    ("No: listen, record and pass it on", True),
                ],
                "Investigation belongs to the right professionals; your part is to notice and pass it on.",
                2,
            ),
        ],
    },
    {
        "slug": "living-well-with-a-long-term-condition",
        "title": "Living well with a long-term condition",
        "summary": "Wellbeing, self-management and accurate basic knowledge about treatment, so you can support "
        "someone without stepping into a clinician's role.",
        "hours": "3",
        "competencies": [
            "Basic knowledge of HIV and treatments",
            "Wellbeing and self-management",
            "Long-term condition self-management",
            "Sexual health",
        ],
        "lessons": [
            _lesson(
                "Treatment basics",
                _text(
                    "<p>Modern treatment, taken as prescribed, lets most people live long and healthy lives. When "
                    "treatment keeps the virus undetectable, it cannot be passed on through sex. Questions about "
                    "medicines, doses or side effects belong with the clinic: you can help someone write them down "
                    "and feel confident asking.</p>"
                ),
                _points(
                    "Treatment works best when taken consistently.",
                    "Undetectable means untransmittable through sex.",
                    "Medical questions go to the clinic; you can help someone prepare them.",
                ),
            ),
            _lesson(
                "Wellbeing and self-management",
                _text(
                    "<p>Self-management is the everyday work of living with a condition: routines for medication, "
                    "sleep, food and movement, keeping appointments, and looking after mood. Small steps that "
                    "the person chooses tend to last.</p>"
                ),
                _reflect("What helps you look after your own wellbeing when things are hard?"),
            ),
        ],
        "questions": [
            (
                "Someone asks you whether they should change their medication dose. What do you do?",
                S,
                [
                    ("Tell them what worked for you", False),
                    ("Help them note the question down to ask their clinic", True),
                    ("Look it up online together and decide", False),
                ],
                "Medical decisions belong with clinicians; you can help someone ask.",
                1,
            ),
            (
                "What does 'undetectable' mean for passing the virus on through sex?",
                S,
                [
                    ("It cannot be passed on", True),
                    ("The risk is unchanged", False),
                    ("It only matters for some people", False),
                ],
                "Sustained undetectable levels mean the virus is not passed on through sex.",
                1,
            ),
            (
                "Which of these are part of self-management? Tick all that apply.",
                M,
                [
                    ("Keeping a routine for medication", True),
                    ("Looking after sleep and mood", True),
                    ("Keeping appointments", True),
                    ("Leaving everything to the clinic", False),
                ],
                "Self-management is the everyday part the person does themselves, with support.",
                2,
            ),
            (
                "What tends to make changes last?",
                S,
                [
                    ("Big changes the Peer Supporter chooses", False),
                    ("Small steps the person chooses", True),
                ],
                "People keep to what they have chosen and can manage.",
                2,
            ),
            (
                "How well does modern treatment work when taken as prescribed?",
                S,
                [
                    ("Most people can expect a long and healthy life", True),
                    ("It rarely makes much difference", False),
                ],
                "Treatment has transformed outlook; sharing this accurately can ease fear.",
                1,
            ),
        ],
    },
    {
        "slug": "diversity-and-cultural-awareness",
        "title": "Diversity and cultural awareness",
        "summary": "Making support work for everyone: noticing your own assumptions, and asking rather than guessing "
        "what matters to someone.",
        "hours": "1.5",
        "competencies": ["Diversity", "Cross-cultural awareness"],
        "lessons": [
            _lesson(
                "Noticing assumptions",
                _text(
                    "<p>Everyone carries assumptions. The skill is to notice them and check them. Culture, faith, "
                    "language, gender, sexuality, age and disability all shape what good support looks like for "
                    "someone. Ask what matters to them rather than guessing.</p>"
                ),
                _points(
                    "Ask, do not assume.",
                    "Offer an interpreter rather than relying on family members.",
                    "Respect the names and pronouns people use.",
                ),
                _scenario(
                    "Different expectations",
                    "<p>Priya's family do not know about her diagnosis, and she worries a relative will recognise "
                    "you. She asks to meet somewhere away from her neighbourhood.</p>",
                    "How could you make the arrangements work for Priya?",
                ),
                _reflect("Think of a time someone made an assumption about you. How did it feel?"),
            ),
        ],
        "questions": [
            (
                "What is the best way to find out what matters culturally to someone?",
                S,
                [
                    ("Ask them", True),
                    ("Guess from their name", False),
                    ("Ask a colleague from the same community", False),
                ],
                "Only the person can tell you what matters to them.",
                1,
            ),
            (
                "Someone needs an interpreter. Who should interpret?",
                S,
                [
                    ("A family member who speaks both languages", False),
                    ("A professional or project interpreter", True),
                ],
                "Family members may change what is said or learn things the person wants kept private.",
                1,
            ),
            (
                "Which of these show respect for diversity? Tick all that apply.",
                M,
                [
                    ("Using the name and pronouns someone gives", True),
                    ("Adapting meeting places to what feels safe for them", True),
                    ("Treating everyone exactly the same regardless of need", False),
                ],
                "Fairness sometimes means adapting to what each person needs.",
                1,
            ),
            (
                "What should you do with your own assumptions?",
                S,
                [("Notice and check them", True), ("Pretend you have none", False)],
                "Everyone has assumptions; noticing them is the skill.",
                1,
            ),
            (
                "Someone asks to meet away from their neighbourhood. What do you do?",
                S,
                [
                    ("Agree a suitable venue with the project", True),
                    ("Insist on the usual venue", False),
                ],
                "Fitting arrangements to someone's circumstances protects their privacy.",
                1,
            ),
        ],
    },
    {
        "slug": "goals-records-and-endings",
        "title": "Goals, records and endings",
        "summary": "Setting goals that are achievable, keeping the short records the project needs, and starting "
        "and ending the relationship well.",
        "hours": "2",
        "competencies": [
            "SMART goals and action planning",
            "Monitoring and record keeping",
            "Starting and ending the peer support relationship",
        ],
        "lessons": [
            _lesson(
                "Goals and action plans",
                _text(
                    "<p>SMART goals are specific, measurable, achievable, relevant and time-bound. \u201cFeel "
                    "better\u201d becomes \u201cgo for a twenty-minute walk twice a week for the next month\u201d. "
                    "The person sets the goal; you help break it into steps.</p>"
                ),
                _points("Specific", "Measurable", "Achievable", "Relevant", "Time-bound"),
            ),
            _lesson(
                "Records, beginnings and endings",
                _text(
                    "<p>Keep brief, factual notes of meetings: date, what was discussed in general terms, any "
                    "actions and any concerns passed on. Store them only where the project says.</p><p>Agree at the "
                    "start roughly how long you will meet. Mark the ending: look back at what has changed, and "
                    "talk about what support is there next.</p>"
                ),
                _reflect("How do you feel about endings? What would a good ending look like for you?"),
            ),
        ],
        "questions": [
            (
                "Which goal is SMART?",
                S,
                [
                    ("Feel more confident", False),
                    ("Go to the Tuesday group twice this month", True),
                    ("Sort my life out", False),
                ],
                "It says what, how often and by when, so progress can be seen.",
                1,
            ),
            (
                "Who should set the goals?",
                S,
                [("The person you support", True), ("You, as the Peer Supporter", False)],
                "Goals people set themselves are the ones they keep.",
                1,
            ),
            (
                "What belongs in meeting notes? Tick all that apply.",
                M,
                [
                    ("The date of the meeting", True),
                    ("Agreed actions", True),
                    ("Your personal opinions about the person", False),
                    ("Any concern passed on to the coordinator", True),
                ],
                "Notes are brief and factual; opinions do not belong in them.",
                2,
            ),
            (
                "When should you talk about how long you will meet?",
                S,
                [("At the start", True), ("Only at the last meeting", False)],
                "Agreeing the length up front makes the ending expected, not a shock.",
                2,
            ),
            (
                "What makes a good ending?",
                S,
                [
                    ("Stopping without mentioning it", False),
                    ("Looking back at what changed and at support for the future", True),
                ],
                "Marking the ending helps the person carry on with confidence.",
                2,
            ),
        ],
    },
]
