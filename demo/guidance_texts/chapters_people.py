"""Toolkit, part two: recruiting, training and supporting Peer Supporters; one-to-one work; groups; evaluation."""

ALL = ["individuals", "organisations", "clinics"]

PEOPLE_CHAPTERS = [
    {
        "slug": "recruiting-peer-supporters",
        "title": "Recruiting Peer Supporters",
        "summary": (
            "Find the right people for the role: qualities to look for, a clear role description and person "
            "specification, fair assessment by two people, and feedback for everyone."
        ),
        "topics": ["recruitment"],
        "audiences": ALL,
        "related": ["training-peer-supporters", "equal-opportunities", "volunteer-policy-and-handbook"],
        "body": [
            (
                "text",
                "<p>Your Peer Supporters make or break your project. Finding them can be hard. In any one area, "
                "there may be only a few people living with HIV who are ready for the role. Because many people "
                "keep their status private, putting an advert in the local paper and waiting is unlikely to "
                "work.</p>"
                "<p>Most Peer Supporters will come to you through the clinics and organisations you already "
                "know. Plan how you will reach them, and be creative.</p>",
            ),
            ("heading", "What makes a good Peer Supporter"),
            (
                "text",
                "<p>Peer support is a skilled kind of volunteering. A Peer Supporter draws on their own life to "
                "help someone else move forward. In HIV peer support, that means telling each new person about "
                "their own status, again and again. It also means knowing what to share, when, and when to "
                "just listen.</p>"
                "<p>Skills can be learned in training. Look for these personal qualities:</p>",
            ),
            (
                "checklist",
                {
                    "title": "Qualities to look for",
                    "items": [
                        "Self-aware: knows their strengths and limits, welcomes feedback, asks for help when "
                        "they need it",
                        "Aware of others: uses their story to connect, not to take over the conversation",
                        "Sensitive: understands boundaries and why privacy matters so much",
                        "Committed: clear and honest about the time they can give. Many projects ask for six "
                        "to twelve months, without making it a condition",
                        "Flexible: willing to support a range of people, at a range of times and places",
                        "Open to learning: keen to reflect, keep learning and keep up to date",
                    ],
                },
            ),
            ("heading", "Write a role description and person specification"),
            (
                "text",
                "<p>Give everyone who is interested a clear <strong>role description</strong>. Keep it short: "
                "no more than two pages. Include the project name, the role title, where the role is based, the "
                "time you are hoping for, who will supervise, what the role is for, its main tasks and any "
                "checks it needs.</p>"
                "<p>Add a <strong>person specification</strong>. This lists the qualities, skills and "
                "experience you are looking for, split into essential and desirable. It becomes the checklist "
                "you assess every candidate against.</p>",
            ),
            ("download", {"template": "role-description"}),
            ("download", {"template": "person-specification"}),
            ("heading", "Assess everyone fairly"),
            (
                "text",
                "<p>Decide how you will assess people, for example a one-to-one conversation or a group "
                "session. Whatever you choose, use the same process for everyone.</p>"
                "<ul>"
                "<li><strong>Use two assessors.</strong> Two people give a more balanced view, and one can take "
                "notes. Both should score each candidate against the same criteria from the person "
                "specification.</li>"
                "<li><strong>Be open.</strong> Tell people what will happen, what you are looking for and when "
                "they can ask questions. It is not a test to catch anyone out.</li>"
                "<li><strong>Put people at ease.</strong> Applying may be a big step. Use open questions, "
                "and do not rush people.</li>"
                "<li><strong>Keep records.</strong> Write up each assessment and keep it with the candidate's "
                "file.</li>"
                "</ul>"
                "<p>Once your project is running, experienced Peer Supporters can join the assessment panel. "
                "It develops their skills and shows you value them.</p>",
            ),
            ("heading", "Give feedback to everyone"),
            (
                "text",
                "<p>Everyone who applies should hear back, with reasons. If someone is offered a place, tell "
                "them what went well, and what they will work on with your help in training and "
                "supervision.</p>"
                "<p>If someone is not offered a place, tell them kindly and honestly why. If they could be "
                "ready in future, say what would help. If peer support does not seem right for them, suggest "
                "other roles or organisations that might suit them better.</p>",
            ),
            ("heading", "Spreading the word"),
            (
                "text",
                "<p>The places you find Peer Supporters will often be the same places that refer people for "
                "support. Offer short talks to clinic teams, GP practices and local charities. Try local radio, "
                "community newsletters and social media. Write one short statement about the project that "
                "everyone uses, so your message stays the same.</p>"
                "<p>If you live with HIV and are promoting the project, think carefully about what you want to "
                "share in public. Telling a closed group is very different from speaking on the radio. Talk it "
                "through with a colleague first.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Recruitment checklist",
                    "items": [
                        "Policies in place",
                        "Role description and person specification written",
                        "Plan for promoting the role",
                        "Assessment process and scoring sheet agreed",
                        "Information pack with application form ready",
                        "Shortlisting approach decided",
                        "Plan for giving feedback to every applicant",
                        "Welcome pack ready for new Peer Supporters, with next steps",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "training-peer-supporters",
        "title": "Training Peer Supporters",
        "summary": (
            "What core training should cover, extra skills for groups and phone support, "
            "using training as part of assessment, and accreditation."
        ),
        "topics": ["training"],
        "audiences": ALL,
        "related": ["recruiting-peer-supporters", "organisation-induction", "supervision-and-cpd"],
        "body": [
            (
                "text",
                "<p>Assessment shows you who has the potential to be a Peer Supporter. Training is where that "
                "potential starts to grow. Design your course to build on what you learned at assessment, and "
                "to help people reflect on their own qualities: self-awareness, awareness of others, "
                "sensitivity, commitment, flexibility and willingness to learn.</p>",
            ),
            ("heading", "What core training covers"),
            (
                "checklist",
                {
                    "title": "Core topics",
                    "items": [
                        "HIV and treatment today, and how to talk about your own status",
                        "Wellbeing, self-care and managing a long-term condition",
                        "Practical sexual and reproductive health",
                        "Diversity, and communicating across cultures",
                        "Keeping everyone safe, including risk assessment",
                        "Listening and communication skills",
                        "Privacy and boundaries",
                        "Safeguarding",
                        "Keeping accurate records, and why monitoring matters",
                        "Setting SMART goals and making action plans with someone",
                        "Starting and ending a peer support relationship",
                        "When and how to point someone to other services",
                    ],
                },
            ),
            (
                "text",
                "<p>The National Standards for Peer Support in HIV list these skills in more detail. Choose "
                "the ones that fit the support you offer. Encourage Peer Supporters to keep up with news on "
                "treatment, safer sex, drugs and alcohol, and local services.</p>",
            ),
            ("heading", "Extra skills for groups"),
            (
                "text",
                "<p>Running a group calls for different skills from one-to-one work. Someone who is great one-to-one "
                "may not enjoy facilitating, and that is fine. Group facilitators need practice in managing "
                "group dynamics, handling conflict, calming difficult behaviour, keeping the group's "
                "agreements and making sure everyone gets a say.</p>",
            ),
            ("heading", "Phone and online support"),
            (
                "text",
                "<p>On the phone, you cannot nod or smile to show you are listening, and you cannot see how "
                "the other person is reacting. Calls get interrupted and connections drop. Online, people type, "
                "and tone is easily misread. Build these challenges into training if you offer support this "
                "way.</p>",
            ),
            ("heading", "Training is part of assessment"),
            (
                "text",
                "<p>Keep watching how people get on during training, and be open that you are doing so. Offer "
                "short one-to-one chats during the course to give feedback and hear any worries.</p>"
                "<p>Training can stir up painful memories that people did not expect. Make support available "
                "when this happens. Some people will decide the role is not for them, or you may feel they "
                "are not ready yet. Offer other ways to volunteer and learn, so the door stays open.</p>",
            ),
            ("heading", "Accreditation"),
            (
                "text",
                "<p>An accredited course recognises the effort people put in and shows they are competent. "
                "It also gives your project more credibility. Some HIV peer training is accredited through "
                "the Open College Network (OCN). A general peer support certificate is a good idea: it does "
                "not reveal anyone's HIV status, and it can be used in other areas of their life.</p>",
            ),
            (
                "key_figure",
                {
                    "figure": "98%",
                    "label": "of peer mentors said they could manage their own health and treatment after "
                    "training and then mentoring others (94% said so after training alone)",
                    "source": "Peer support in HIV report (Positively UK), Project 100 reviews",
                },
            ),
            (
                "quote",
                {
                    "text": "On day one I thought I had nothing to offer anyone. By the end of the course I "
                    "realised my own story was the most useful thing I had.",
                    "attribution": "Peer Mentor trainee",
                },
            ),
        ],
    },
    {
        "slug": "organisation-induction",
        "title": "Organisation induction",
        "summary": (
            "A short, practical welcome that tells new Peer Supporters who you are, how things work and who to call."
        ),
        "topics": ["training"],
        "audiences": ["organisations", "clinics"],
        "related": ["training-peer-supporters", "volunteer-policy-and-handbook", "supervision-and-cpd"],
        "body": [
            (
                "text",
                "<p>Induction is part of the first training a Peer Supporter gets. It is practical and "
                "full of information. New Peer Supporters learn about your organisation, the people in it "
                "and how things are done.</p>"
                "<p>Most projects cover it in about half a day. A large organisation may need a little longer.</p>",
            ),
            ("heading", "What to cover"),
            (
                "checklist",
                {
                    "title": "Induction checklist",
                    "items": [
                        "Your organisation or group: its purpose and values",
                        "Your main activities, and how they run day to day",
                        "Who's who, with photos if you can",
                        "What Peer Supporters can count on from you, and what you ask of them",
                        "The policies and procedures that apply to the role",
                        "Health and safety, including fire exits and first aid",
                        "Forms, record-keeping and the Peer Supporter handbook",
                        "How debriefs, supervision and support will work",
                        "How to claim expenses",
                    ],
                },
            ),
            ("heading", "Make it welcoming"),
            (
                "text",
                "<p>First days matter. Send the handbook and any forms in advance, so people can read them in "
                "their own time. Show people around, introduce them to the team and make a cup of tea. "
                "Pair each new Peer Supporter with an experienced one they can ask anything.</p>"
                "<p>Check the venue is accessible, and ask in advance if anyone needs anything to take part "
                "fully.</p>",
            ),
            (
                "tip",
                {
                    "title": "An induction pack",
                    "text": "<p>Put everything in one place: the handbook, key contacts, a map, a blank meeting "
                    "record and an expenses form. Give it out at induction and update it every year.</p>",
                },
            ),
            (
                "questions",
                {
                    "title": "After induction, can each new Peer Supporter answer these?",
                    "items": [
                        "Who do I call if I am worried about someone's safety?",
                        "Who do I call if I am worried about my own safety?",
                        "Where and how do I record a meeting?",
                        "When and how do I debrief after a session?",
                        "How do I claim my expenses?",
                        "Where can I find the policies that apply to me?",
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": "By the end of the afternoon I knew everyone's name and exactly who to ring. "
                    "I went home feeling part of something.",
                    "attribution": "Peer Supporter",
                },
            ),
        ],
    },
    {
        "slug": "supervision-and-cpd",
        "title": "Supervision and CPD",
        "summary": (
            "How supervision, debriefs, one-to-one check-ins and continuing professional development (CPD) "
            "help Peer Supporters keep growing."
        ),
        "topics": ["supervision", "training"],
        "audiences": ALL,
        "related": ["training-peer-supporters", "one-to-one-support-and-boundaries", "organisation-induction"],
        "body": [
            (
                "text",
                "<p>Initial training is only the beginning. Once Peer Supporters start working with people, "
                "they put what they learned into practice and keep learning from experience. A good project "
                "has a plan for three things: supervision, further training, and continuing professional "
                "development (CPD).</p>",
            ),
            ("heading", "What supervision is"),
            (
                "text",
                "<p>Supervision is regular, planned time to reflect on your practice. It comes from clinical "
                "care. In peer support, it is a safe space for a Peer Supporter to talk about how things are "
                "going, how they feel, and how they could build their skills.</p>"
                "<p>Good supervision is a conversation between equals, not a telling-off. It protects the "
                "wellbeing of the Peer Supporter, and so the wellbeing of the people they support. It can "
                "include observation, feedback and self-assessment. It can happen one-to-one or in a group "
                "with other Peer Supporters.</p>"
                "<p>Supervision is not the place to deal with problems. Sort those out as soon as they come "
                "up, in a debrief or a separate meeting.</p>",
            ),
            ("heading", "Supervision, debriefs and check-ins"),
            (
                "text",
                "<ul>"
                "<li><strong>Debrief</strong>: a short check-in after every session, in person, by phone or by "
                "email. A chance to offload and flag any concerns.</li>"
                "<li><strong>One-to-one check-in</strong>: a longer meeting, up to an hour, about every two "
                "months if you can manage it, to follow up on issues and talk about how things are going "
                "overall.</li>"
                "<li><strong>Supervision</strong>: regular, reflective time focused on learning and "
                "development.</li>"
                "</ul>"
                "<p>Offer supervision as often as you can realistically manage, then stick to it. Write up "
                "notes and agreed actions, and give the Peer Supporter a copy.</p>",
            ),
            ("download", {"template": "supervision-record"}),
            (
                "tip",
                {
                    "title": "Feedback in debriefs",
                    "text": "<p>If a Peer Supporter asks what you think, tell them. If something worries you, "
                    "ask questions and offer guidance. But unless there is a safety or safeguarding concern, go "
                    "easy on advice nobody asked for. If every debrief ends with what they should have done "
                    "differently, people stop telling you things.</p>",
                },
            ),
            ("heading", "Continuing professional development (CPD)"),
            (
                "text",
                "<p>CPD means keeping skills and knowledge up to date. HIV treatment, services and benefits "
                "change all the time. Peer Supporters who keep up can give better support.</p>"
                "<p>Talk about CPD at assessment and in initial training, so people know it is expected. "
                "Share courses, events, articles and websites you come across. Ask Peer Supporters to keep a "
                "simple CPD log. It shows them how far they have come, helps your evaluation, and is useful "
                "evidence when they apply for jobs or further training.</p>",
            ),
            ("heading", "Low-cost ways to keep learning"),
            (
                "checklist",
                {
                    "title": "CPD ideas that do not cost much",
                    "items": [
                        "Peer-led sessions, where a Peer Supporter researches a topic and leads the group",
                        "E-learning, including free online courses (sometimes called MOOCs)",
                        "Sharing training with a similar organisation nearby to split the cost",
                        "Free courses and workshops run by local charities and councils",
                        "A reading or listening club, discussing one article or podcast each month",
                        "Regular updates, such as health and safety, built into group meetings",
                    ],
                },
            ),
            (
                "text",
                "<p>Ask Peer Supporters what they want to learn, as well as telling them what you think they "
                "need. People engage more when they have a say. Remember that volunteers cannot be made to "
                "attend training, unless the law requires it.</p>",
            ),
            (
                "quote",
                {
                    "text": "Supervision is the one hour a month that's about me, not the people I support. "
                    "I always leave it with a clearer head and one new thing to try.",
                    "attribution": "Peer Mentor",
                },
            ),
        ],
    },
    {
        "slug": "referrals",
        "title": "Referrals and working with people receiving support",
        "summary": (
            "A simple, safe way for people to be referred, a prompt first meeting, knowing when to wait, "
            "and matching people with the right Peer Supporter."
        ),
        "topics": ["one-to-one"],
        "audiences": ALL,
        "related": ["networks-and-partnerships", "one-to-one-support-and-boundaries", "data-protection"],
        "body": [
            (
                "text",
                "<p>This chapter is about one-to-one support. As coordinator, you will mostly see people at the "
                "start, when they are referred, and at the end, when you ask for their feedback. In between, "
                "their Peer Supporter is the main contact.</p>"
                "<p>Your job is to assess each person, match them with a Peer Supporter, keep an eye on how it "
                "is going, and review it with them at the end. People should always know how to reach you if "
                "they have a question or a worry.</p>",
            ),
            ("heading", "Make referral easy"),
            (
                "text",
                "<p>People will come to you in many ways: by word of mouth, on their own, or referred by a "
                "clinic, GP or social worker. Whoever it is, the route in should be simple, clear and safe. "
                "Make it quick for busy professionals, so they want to refer.</p>"
                "<ul>"
                "<li>Let people get in touch by phone, email or online form.</li>"
                "<li>Ask only for what you need to register someone, not everything you might like to "
                "know.</li>"
                "<li>Use one form from first contact to first meeting, filling it in as you go.</li>"
                "<li>Check gently that people who refer themselves are eligible, for example by asking which "
                "clinic they go to. Never make anyone feel interrogated.</li>"
                "</ul>",
            ),
            ("download", {"template": "referral-form"}),
            ("heading", "Meet soon"),
            (
                "text",
                "<p>Arrange a first meeting as soon as you can after a referral. The longer people wait, the "
                "more likely they are to drift away. Use the meeting to get to know them, to check whether "
                "peer support is right for them now, and to point them to other help if needed.</p>",
            ),
            (
                "questions",
                {
                    "title": "Questions for a first meeting",
                    "items": [
                        "What is going on for you at the moment?",
                        "What would you most like to change?",
                        "What are you hoping a Peer Supporter could help with?",
                        "If these meetings go well, what will be different for you at the end?",
                        "Who else is in your corner right now: friends, family, other services?",
                    ],
                },
            ),
            ("heading", "When peer support is not right yet"),
            (
                "text",
                "<p>Sometimes a person's needs are beyond what a Peer Supporter can offer. Point them to a "
                "service that fits better, and invite them back later. Waiting is not the same as saying no. "
                "One-to-one support works best when the person feels ready to make changes.</p>"
                "<p>Peer Supporters help with the effects of a problem, not the problem itself. For example, "
                "someone whose low mood keeps them at home can work with a Peer Supporter on small steps to get "
                "out again. But the Peer Supporter cannot treat the depression. That is a job for a GP or a "
                "talking therapy service.</p>",
            ),
            (
                "case_study",
                {
                    "title": "Example: waiting for the right moment",
                    "text": "<p>A clinic referred Jo, who had just been diagnosed and was about to lose her "
                    "home. At the first meeting it was clear that housing was her most urgent worry. She could "
                    "not think about anything else.</p>"
                    "<p>The coordinator helped Jo contact a housing advice service and agreed to call her again "
                    "in a month. Once Jo had somewhere safe to live, she started meeting a Peer Supporter, and "
                    "was able to focus on her health and her goals.</p>",
                },
            ),
            ("heading", "Making a good match"),
            (
                "text",
                "<p>Start with the practical things: whether the person would prefer a Peer Supporter of a "
                "particular gender, age or background, which language they speak, when they are free and where "
                "they live. Then think about the person as a whole: their interests, their personality and what "
                "they hope for.</p>"
                "<p>The best match is not always the obvious one. Check in with both people after the first "
                "couple of meetings. If it is not working, rematch without blame.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Give each person",
                    "items": [
                        "Information about privacy and its limits, and an agreement to sign",
                        "Details of who to contact in an emergency",
                        "Who you are, and how to get in touch with you",
                        "How to make a complaint",
                        "Details of other organisations that could help, if suitable",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "one-to-one-support-and-boundaries",
        "title": "Managing one-to-one support and boundaries",
        "summary": (
            "Setting up one-to-one meetings at your base or in the community, keeping in touch with "
            "Peer Supporters, and handling the shifting boundaries of peer relationships."
        ),
        "topics": ["one-to-one", "supervision"],
        "audiences": ALL,
        "related": ["referrals", "ending-peer-support-relationships", "lone-working"],
        "body": [
            (
                "text",
                "<p>How much you arrange for each one-to-one meeting depends on where it happens. Either way, "
                "you need to know when and where meetings take place, for safety and for your records.</p>",
            ),
            ("heading", "Meetings at your base"),
            (
                "text",
                "<p>Book a room, and make sure someone is around to check in with the Peer Supporter "
                "afterwards. Hold meetings during working hours if you can. Some organisations do not allow "
                "meetings out of hours at all. If yours does, you need someone with keys on site, a plan for "
                "the Peer Supporter's safety when working alone, and a way to debrief.</p>",
            ),
            ("heading", "Meetings in the community"),
            (
                "checklist",
                {
                    "title": "Agree these before meetings start",
                    "items": [
                        "How the Peer Supporter tells you when and where each meeting is",
                        "Which phone they use. A project phone avoids sharing personal numbers; if they use "
                        "their own, agree clear rules",
                        "Who they check in and out with, every time",
                        "How they debrief after each meeting, and how urgent worries reach you quickly",
                        "How they note goals and actions without carrying any paperwork that could identify anyone",
                        "How they send notes to you, ideally electronically, and what to do if they are not online",
                    ],
                },
            ),
            (
                "case_study",
                {
                    "title": "Example: a community centre that works",
                    "text": "<p>Priya was matched with Ahmed, who did not want to meet anywhere linked to HIV. "
                    "The coordinator found a quiet side room at a local community centre, and checked it with "
                    "Priya before the first meeting.</p>"
                    "<p>Priya texts the coordinator when she arrives and leaves. After each meeting she fills in "
                    "a short online form, using initials only, with the goals she and Ahmed agreed. Nothing she "
                    "carries names him or the project.</p>",
                },
            ),
            ("heading", "Staying in touch with Peer Supporters"),
            (
                "text",
                "<p>Debrief after every session, even briefly. It helps you spot problems early and lets the "
                "Peer Supporter offload after a hard conversation. Hold a longer one-to-one check-in every "
                "couple of months, and keep notes. See "
                '<a href="/guidance/supervision-and-cpd/">Supervision and CPD</a> for more.</p>',
            ),
            ("heading", "Boundaries in peer support"),
            (
                "text",
                "<p>Boundaries are less clear in peer support than in most kinds of help. That shared "
                "experience is what makes it work, but it also blurs the lines. A Peer Supporter and the person "
                "they support may use the same clinic, go to the same bars or have friends in common. They will "
                "learn very personal things about each other.</p>"
                "<p>Boundaries also shift over time. Talk about them often, in debriefs and check-ins, and make "
                "it easy for Peer Supporters to be honest when something feels wrong.</p>",
            ),
            (
                "questions",
                {
                    "title": "Questions for Peer Supporters to ask themselves",
                    "items": [
                        "Am I sharing this part of my story to help them, or because I need to talk?",
                        "Am I doing things for them that they could do themselves?",
                        "Am I available outside our agreed times, and is that healthy for either of us?",
                        "Would I be happy to tell my coordinator about this?",
                        "Do I feel responsible for whether they succeed?",
                    ],
                },
            ),
            (
                "tip",
                {
                    "title": "Sharing your own story",
                    "text": "<p>Keep it short and purposeful. Share a piece of your experience when it might "
                    "help, then bring the focus straight back to the other person. Their story matters more "
                    "in that moment than yours.</p>",
                },
            ),
            (
                "quote",
                {
                    "text": "I wanted to fix everything for him. Supervision helped me see that my job was to "
                    "walk alongside him while he fixed it himself.",
                    "attribution": "Peer Mentor",
                },
            ),
        ],
    },
    {
        "slug": "ending-peer-support-relationships",
        "title": "Ending peer support relationships",
        "summary": (
            "Planning a good ending, and what to do when a match is not working, a friendship forms, "
            "or someone simply stops coming."
        ),
        "topics": ["one-to-one"],
        "audiences": ALL,
        "related": ["one-to-one-support-and-boundaries", "working-with-groups", "monitoring-and-evaluation"],
        "body": [
            (
                "text",
                "<p>Endings can be hard for both people. You should agree how many sessions there will be at "
                "the start. Even so, after weeks of real understanding, letting go can feel difficult.</p>"
                "<p>When goals have been set, reviewed and worked towards, the ending can feel like a success "
                "and a fresh start. Peer Supporters may still need your support with it.</p>",
            ),
            ("heading", "Planning a good ending"),
            (
                "checklist",
                {
                    "title": "In the last few sessions",
                    "items": [
                        "Remind the person how many sessions are left",
                        "Look back at their goals together and celebrate progress, however small",
                        "Make an action plan for the next three to six months",
                        "Look up together what they can do next: groups, courses, volunteering, other services",
                        "Make sure both people take an active part in planning what comes next",
                        "Ask for feedback on the support, or let the coordinator do this",
                    ],
                },
            ),
            ("heading", "When the match is not working"),
            (
                "text",
                "<p>Sometimes two people just do not click. Step in early, and help both of them come away "
                "feeling all right. Depending on the reason, you might offer a new match.</p>"
                "<p>Keep an eye out for patterns. If a Peer Supporter's matches keep breaking down, or a person "
                "keeps asking for someone new, talk it through. The role, or the support, may not be right for "
                "them at the moment.</p>",
            ),
            ("heading", "When a friendship forms"),
            (
                "text",
                "<p>Good matches often have real chemistry, and sometimes a friendship starts to grow. That is "
                "natural. Ask Peer Supporters to tell you about it openly.</p>"
                "<p>If the two people decide they are friends, or more than friends, the Peer Supporter must "
                "tell you before the sessions turn into a personal relationship. You can then close the formal "
                "support kindly, with no harm done to either of them.</p>",
            ),
            ("heading", "When someone stops coming"),
            (
                "text",
                "<p>People stop coming for all kinds of reasons. It may be the wrong time, or life may get in "
                "the way. They may feel they have had enough help, or decide it is not for them. You may never "
                "find out.</p>"
                "<p>Agree how many times a Peer Supporter should try to get in touch. Then send a kind message "
                "that closes the support and leaves the door open. Most important of all: help the Peer "
                "Supporter not to take it personally.</p>",
            ),
            (
                "tip",
                {
                    "title": "A group can be the next step",
                    "text": "<p>For some people, a peer support group is a good way to step down from "
                    "one-to-one support. They keep a sense of connection without needing regular individual "
                    "sessions.</p>",
                },
            ),
            (
                "quote",
                {
                    "text": "At our last meeting she showed me the plan she'd written for the next six months. "
                    "I realised she didn't need me any more, and that was the best feeling.",
                    "attribution": "Peer Mentor",
                },
            ),
        ],
    },
    {
        "slug": "working-with-groups",
        "title": "Working with groups",
        "summary": (
            "Running peer support groups safely: two facilitators, ground rules, a confidentiality agreement, "
            "discreet venues and signage, and backing up your facilitators."
        ),
        "topics": ["groups"],
        "audiences": ALL,
        "related": ["confidentiality", "training-peer-supporters", "health-and-safety"],
        "body": [
            (
                "text",
                "<p>Most peer support groups are drop-ins. Unlike one-to-one support, they have no fixed start "
                "or finish. People may move from a group into one-to-one support, or the other way round. For "
                "some people, a group simply suits them better.</p>"
                "<p>Most groups mix some structure, such as a guided discussion or activity, with open "
                "conversation. Facilitators need to be comfortable with the unexpected, because every group is "
                "different.</p>",
            ),
            ("heading", "Two facilitators"),
            (
                "text",
                "<p>Good practice is to have two facilitators for every group. It is safer, and the group runs "
                "more smoothly. If one person has to step out with someone who is upset, the other can carry "
                "on.</p>"
                "<p>Facilitators should arrive early to set up, bring what they need, keep the group to time and "
                "on topic, and tidy up afterwards. At the end, they talk together about how it went, then "
                "debrief with you. They also note how many people came and any feedback.</p>",
            ),
            ("heading", "Who can come"),
            (
                "text",
                "<p>You can promote groups in the same ways as one-to-one support. Joining a group does not "
                "need the same full assessment and referral. But you do need a simple way to check that the "
                "group is for them, such as a short phone call before their first visit.</p>",
            ),
            ("heading", "Ground rules and a confidentiality agreement"),
            (
                "text",
                "<p>When someone joins, ask them to sign a confidentiality agreement and to agree to the group's "
                "ground rules. Go over the ground rules briefly at the start of every meeting, even if it feels "
                "repetitive. It reminds everyone of the standard they signed up to, and welcomes newcomers.</p>",
            ),
            ("download", {"template": "group-ground-rules"}),
            ("download", {"template": "confidentiality-agreement"}),
            ("heading", "A safe, discreet venue"),
            (
                "text",
                "<p>If the group meets away from your base, do a risk assessment first. Check the venue's "
                "insurance, its health and safety arrangements and its house rules.</p>"
                "<p>Make sure signage never gives away what the group is about. A sign saying <em>Thursday "
                "group, Room 4</em> is fine. A sign naming HIV is not. In every message to members, use the "
                "group's agreed name, so they can be sure they have come to the right, safe place.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Venue and signage checklist",
                    "items": [
                        "Signage uses a neutral name and a room number only",
                        "Reception staff know the neutral name and do not ask why people are visiting",
                        "No leaflets or posters in the room reveal what the group is for",
                        "The room cannot be seen into or overheard from outside",
                        "Members know the group's name, the address and a contact number",
                    ],
                },
            ),
            ("heading", "Paperwork and problems"),
            (
                "text",
                "<p>Keep group paperwork to a minimum, with no personal details about who came. If the group "
                "meets elsewhere, agree how facilitators will get any paperwork back to you.</p>"
                "<p>Members need to know who to contact with a complaint or question. Facilitators need to know "
                "you will back them up. That might mean dealing with someone whose behaviour makes the group "
                "unsafe, or picking up an issue about the organisation that they should not have to handle.</p>",
            ),
            (
                "quote",
                {
                    "text": "I sat in the car park for twenty minutes before my first group. The sign on the "
                    "door just said 'Wednesday group', and that's what got me through it.",
                    "attribution": "Group participant",
                },
            ),
        ],
    },
    {
        "slug": "monitoring-and-evaluation",
        "title": "Monitoring and evaluation",
        "summary": (
            "Show the difference your project makes without drowning in forms: count what you can, "
            "capture what people say, and only gather what you will use."
        ),
        "topics": ["evaluation"],
        "audiences": ALL,
        "related": ["deciding-what-and-why", "why-peer-support-matters", "ending-peer-support-relationships"],
        "body": [
            (
                "text",
                "<p>If you have a grant, your funder will probably tell you what to report. But you will also "
                "want to know for yourself whether your project works, for Peer Supporters and for the people "
                "they support.</p>"
                "<p>Evaluation can feel like a chore that takes time away from the real work. Peer Supporters, "
                "in particular, are there to help people, not to fill in forms. So make it as light and easy "
                "as you can.</p>",
            ),
            ("heading", "Count everything you can"),
            (
                "text",
                "<p>Numbers are the easiest evidence to collect. Keep a simple running tally of:</p>"
                "<ul>"
                "<li>referrals, and where they came from</li>"
                "<li>one-to-one meetings held</li>"
                "<li>groups held, and how many people came to each</li>"
                "<li>Peer Supporters recruited, trained and active</li>"
                "<li>people who finished their support, and people who stopped early</li>"
                "</ul>",
            ),
            ("heading", "Capture what people say"),
            (
                "text",
                "<p>Numbers tell you how much. Comments tell you what it meant. Whenever someone says something "
                "about your project, whether a member, a Peer Supporter, a nurse or a partner, write it down "
                "with the date. Over time, this builds a rich picture from many points of view.</p>"
                "<p>End-of-support conversations are a good moment to ask what changed. A recognised wellbeing "
                "scale, used at the start and the end, can show change over time. Check its terms of use "
                "first.</p>",
            ),
            ("heading", "Do not over-evaluate"),
            (
                "text",
                "<p>Only collect what you will actually use. A little good information beats a pile of data "
                "nobody reads. Asking people for detailed feedback too often wears them out, and the answers "
                "get worse.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Tips for monitoring and evaluation",
                    "items": [
                        "You know your project best. Talk to funders if their reporting does not fit, and agree "
                        "changes",
                        "Keep forms short, and make them easy to fill in on a phone",
                        "Be creative: with consent, use photos, drawings, audio or short videos",
                        "Keep records anonymous wherever you can",
                        "Share what you learn with Peer Supporters and members, and act on it",
                    ],
                },
            ),
            (
                "questions",
                {
                    "title": "Questions to plan your evaluation",
                    "items": [
                        "What do you, your funders and your members most want to know?",
                        "Which numbers will show whether you are reaching the right people?",
                        "How will you find out what changed for people, in their own words?",
                        "Who will collect the information, and when?",
                        "How will you use what you find to improve the project?",
                    ],
                },
            ),
            (
                "tip",
                {
                    "title": "Add to the national picture",
                    "text": "<p>Positively UK has produced an evaluation tool for HIV peer support. Using a shared "
                    'approach helps build national evidence. See <a href="/guidance/why-peer-support-matters/">'
                    "Why peer support matters</a> for the kind of results it can show.</p>",
                },
            ),
            (
                "quote",
                {
                    "text": "We used to dread the annual report. Now we jot down every thank-you and every "
                    "number as we go, and it almost writes itself.",
                    "attribution": "Project coordinator",
                },
            ),
        ],
    },
]
