"""The case for peer support: what it is, why it matters, where it came from, and peer support in mental health."""

ALL = ["individuals", "organisations", "clinics"]

SOURCE_REPORT = "Peer support in HIV report (Positively UK)"

CASE_CHAPTERS = [
    {
        "slug": "what-is-peer-support",
        "title": "What peer support is",
        "summary": (
            "Peer support means people with a shared experience helping each other as equals. "
            "Here is what it looks like, who it is for and how it differs from other help."
        ),
        "topics": ["evidence", "getting-started"],
        "audiences": ALL,
        "related": ["why-peer-support-matters", "peer-support-in-mental-health", "deciding-what-and-why"],
        "body": [
            (
                "text",
                "<p>Peer support is help that comes from someone who has been there too. "
                "A person who lives with the same condition, or who has faced the same kind of challenge, "
                "offers time, a listening ear and what they have learned along the way.</p>"
                "<p>It works because the other person does not have to explain everything from the start. "
                "They are talking to someone who already gets it.</p>",
            ),
            ("heading", "Equals, not experts"),
            (
                "text",
                "<p>In peer support, nobody is the expert in charge. Both people bring something. "
                "Both people learn. The person giving support often finds it helps them as much as the person "
                "receiving it.</p>"
                "<p>Good peer support builds on what people can already do. It helps them set their own goals, "
                "find their own answers and feel more in control of their health and their life.</p>",
            ),
            (
                "quote",
                {
                    "text": "She didn't tell me what to do. She told me what worked for her, "
                    "and then she asked me what I wanted. Nobody had asked me that before.",
                    "attribution": "Person receiving peer support",
                },
            ),
            ("heading", "Who counts as a peer?"),
            (
                "text",
                "<p>A peer is someone who shares something important with you. That might be:</p>"
                "<ul>"
                "<li>living with the same health condition, such as HIV or a mental health problem</li>"
                "<li>coming from the same community or background</li>"
                "<li>sharing part of who you are, such as your sexuality, gender or ethnicity</li>"
                "</ul>"
                "<p>Often it is a mix of these. A young gay man with a new diagnosis and a mother from a "
                "West African community who has lived with HIV for twenty years may want quite different peers.</p>",
            ),
            ("heading", "Many shapes and sizes"),
            (
                "text",
                "<p>Peer support can be informal, like friends swapping tips over a coffee. "
                "It can also be organised and planned. For example:</p>"
                "<ul>"
                "<li>a drop-in group that meets every month</li>"
                "<li>a walking group or a cooking club</li>"
                "<li>one-to-one meetings over a set number of weeks</li>"
                "<li>support by phone, by email or in a private online group</li>"
                "<li>a paid peer worker based in a clinic</li>"
                "</ul>"
                "<p>This guidance is for anyone who wants to offer something more than a chance chat: "
                "an individual with an idea, a voluntary organisation or an NHS service.</p>",
            ),
            ("heading", "Peer support and peer mentoring"),
            (
                "text",
                "<p>People often use these words to mean the same thing. When they are used differently, "
                "<strong>peer mentoring</strong> usually means one-to-one support with a clear start and finish. "
                "The mentor and the person they support agree goals, make an action plan and work through a "
                "particular problem together.</p>"
                "<p><strong>Peer support</strong> is the wider term. It covers groups, drop-ins, online spaces "
                "and one-to-one work.</p>",
            ),
            (
                "tip",
                {
                    "title": "The words we use in this guidance",
                    "text": "<p>We say <strong>Peer Supporter</strong> for anyone giving peer support, whether they "
                    "are a volunteer or paid staff, and whether they work one-to-one or with groups. We say "
                    "<strong>the person being supported</strong> (or mentee, in one-to-one work) for the person "
                    "receiving it.</p>",
                },
            ),
            ("heading", "What peer support is not"),
            (
                "text",
                "<p>Peer Supporters are not counsellors, doctors or advice workers. They do not diagnose, treat "
                "or give legal or benefits advice. They share experience, listen, encourage and point people to "
                "the right services when they need more.</p>"
                "<p>Peer support works best alongside clinical care, not instead of it.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Peer support at its best",
                    "items": [
                        "Both people are treated as equals",
                        "The focus is on strengths, not problems",
                        "The person being supported sets the goals",
                        "Experience is shared with care and for a reason",
                        "The Peer Supporter knows when to point someone to other help",
                        "Everyone knows what will stay private and what might not",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "why-peer-support-matters",
        "title": "Why peer support matters",
        "summary": (
            "The evidence in brief: what people living with HIV say peer support changes for them, "
            "and what it can save the NHS and social care."
        ),
        "topics": ["evidence"],
        "audiences": ALL,
        "related": ["what-is-peer-support", "history-of-peer-support-in-hiv", "monitoring-and-evaluation"],
        "body": [
            (
                "text",
                "<p>Peer support is not a nice extra. National health policy recognises it. The NHS Five Year "
                "Forward View (2014) backed peer-to-peer communities and self-management. The British HIV "
                "Association's Standards of Care (2013) ask HIV services to make the most of peer support. "
                "NHS contracts for specialist HIV care, for both adults and children, expect people to be able "
                "to reach it.</p>"
                "<p>The National Standards for Peer Support in HIV (2017) go further. Their first standard is "
                "that every person living with HIV should be able to get peer support.</p>",
            ),
            ("heading", "What people living with HIV tell us"),
            (
                "text",
                "<p>Positively UK asked people who had used its peer support what difference it made. "
                "In its Improving Well-Being survey:</p>",
            ),
            (
                "key_figure",
                {
                    "figure": "90%",
                    "label": "said peer support improved their understanding of HIV",
                    "source": SOURCE_REPORT,
                },
            ),
            (
                "key_figure",
                {
                    "figure": "80%",
                    "label": "said it helped them understand their treatment and keep taking their medication",
                    "source": SOURCE_REPORT,
                },
            ),
            (
                "key_figure",
                {
                    "figure": "75%",
                    "label": "said it helped them talk to their healthcare team",
                    "source": SOURCE_REPORT,
                },
            ),
            ("heading", "Feeling better, and less alone"),
            (
                "text",
                "<p>Each year, around three in four people living with HIV go through depression or ongoing "
                "emotional distress. In a survey of 137 people, 90% reported improvements in their wellbeing, "
                "including feeling more optimistic, confident and happy. This was measured with a recognised "
                "wellbeing scale.</p>"
                "<p>Stigma still cuts many people off from friends and family. In one study of people who came "
                "to Positively UK's groups and workshops, 80% said they felt less isolated, and 75% said they "
                "had made lasting friendships.</p>",
            ),
            (
                "quote",
                {
                    "text": "When patients come back from seeing a peer worker, they ask better questions. "
                    "They are more relaxed with us, and they are more likely to stay on treatment.",
                    "attribution": "HIV Clinician",
                },
            ),
            ("heading", "A growing need"),
            (
                "key_figure",
                {
                    "figure": "102,500",
                    "label": "people were estimated to be living with HIV in the UK when the report was written",
                    "source": SOURCE_REPORT,
                },
            ),
            (
                "text",
                "<p>More than 5,000 people were diagnosed with HIV in a single year. About one in three people "
                "living with HIV use a support service, such as peer support, in any year.</p>"
                "<p>People are also living longer with HIV. Almost half are aged 45 or over, and nearly two "
                "thirds also have another long-term health condition. Yet in 2016/17, spending on HIV "
                "support services in England fell by 28%.</p>",
            ),
            ("heading", "Good value for health services"),
            (
                "key_figure",
                {
                    "figure": "£5 million+",
                    "label": "estimated yearly savings for each clinical commissioning group (CCG), "
                    "mostly from less demand on health and social care",
                    "source": SOURCE_REPORT + ", from NHS Realising the Value modelling",
                },
            ),
            (
                "text",
                "<p>This figure comes from economic modelling by the NHS Realising the Value programme, which "
                "included Positively UK's peer support. The modelling was deliberately cautious. It left out "
                "longer-term benefits, such as treatment stopping HIV being passed on, and people needing "
                "mental health services less. (CCGs were the local NHS bodies that paid for services at the "
                "time. Integrated care boards have since taken over their role.)</p>"
                "<p>Peer support works best as part of wider care. It cannot replace specialist help with "
                "mental health, money, benefits or housing. But it helps people use that help well.</p>",
            ),
        ],
    },
    {
        "slug": "history-of-peer-support-in-hiv",
        "title": "The history of peer support in HIV",
        "summary": (
            "From small groups meeting in living rooms in the 1980s to national standards: "
            "how people living with HIV built peer support."
        ),
        "topics": ["evidence"],
        "audiences": ALL,
        "related": ["what-is-peer-support", "why-peer-support-matters", "peer-support-in-mental-health"],
        "body": [
            (
                "text",
                "<p>In the 1980s, very little was known about HIV. Fear was everywhere and discrimination was "
                "common. People with HIV could lose their jobs, homes and friends if others found out.</p>"
                "<p>In spite of the risks, people living with HIV found each other. They set up small groups to "
                "support one another, to pass on what they had learned and to demand treatment and decent care. "
                "Many of the HIV services we have today exist because of them and the people who campaigned "
                "at their side.</p>",
            ),
            ("heading", "From support to activism"),
            (
                "text",
                "<p>Those early groups grew into something bigger. People living with HIV campaigned for "
                "access to treatment and fairer drug prices. They spoke up for their communities, fought "
                "stigma and pushed services to change.</p>"
                "<p>Other things followed. People living with HIV wrote their own treatment information. "
                "Expert patient programmes began. Organisations formed to influence policy.</p>",
            ),
            (
                "text",
                "<p>Like the disabled people's movement, HIV peer support has always had a political side. "
                "It challenged unfair treatment and argued for the right services. It also helped shift the "
                "relationship between doctors and patients towards something more equal, where patients are "
                "consulted rather than told.</p>"
                "<p>Activists used the Human Rights Act to challenge unfair treatment. They also won the "
                "argument that HIV fits the social model of disability. Today the Equality Act 2010 treats "
                "HIV as a disability from the day of diagnosis.</p>",
            ),
            (
                "quote",
                {
                    "text": "Back then there was no one else to ask. So we asked each other, and we kept going "
                    "until the clinics started listening.",
                    "attribution": "Long-standing Peer Supporter",
                },
            ),
            ("heading", "One story: a living room in London"),
            (
                "case_study",
                {
                    "title": "How Positively UK began",
                    "text": "<p>In 1987, two friends in London were both diagnosed with HIV. They wondered if other "
                    "women were facing the same thing alone. So they made posters by hand, put them up in HIV "
                    "clinics around London, and invited women to meet in their living room.</p>"
                    "<p>The women who came found a place where they could be honest. They talked about feeling "
                    "isolated, about their fears and about stigma. By 1990 the group had become a charity, "
                    "Positively Women, and had supported more than 600 women. Diana, Princess of Wales opened "
                    "its first premises.</p>",
                },
            ),
            ("heading", "Changing with treatment"),
            (
                "text",
                "<p>Effective HIV medicines arrived in the late 1990s. Peer support changed with them. "
                "As well as facing a diagnosis, people now wanted help with taking treatment, getting on with "
                "clinic staff, and handling relationships with partners and family. Later came support with "
                "going back to work and with pregnancy.</p>"
                "<p>Over time, men and young people also asked for peer support. Clinics saw that young people "
                "born with HIV needed peers as they moved into adult care. In 2010 the charity opened its "
                "services to men and young people, and became Positively UK.</p>",
            ),
            ("heading", "Peer support today"),
            (
                "text",
                "<p>In 2015, Positively UK set up Project 100, which trains people living with HIV across all "
                "four nations of the UK to give peer support. In 2016 it was chosen as an example site for the "
                "NHS Realising the Value programme. In 2017 it published the National Standards for Peer "
                "Support in HIV.</p>"
                "<p>Treatment has changed everything. HIV is now a long-term condition, and people on effective "
                "treatment with an undetectable viral load cannot pass it on to sexual partners. But stigma "
                "has not gone away. People still need a safe place to talk about their hopes, their fears "
                "and how others treat them.</p>",
            ),
            (
                "tip",
                {
                    "title": "What this means for your project",
                    "text": "<p>Peer support started with people living with HIV, not with services. Keep it that "
                    "way. Involve people with lived experience in planning, running and reviewing your "
                    "project from day one.</p>",
                },
            ),
        ],
    },
    {
        "slug": "peer-support-in-mental-health",
        "title": "Peer support in mental health",
        "summary": ("How peer support works in mental health, one-to-one and in groups, and what people gain from it."),
        "topics": ["evidence"],
        "audiences": ALL,
        "related": ["what-is-peer-support", "working-with-groups", "safeguarding"],
        "body": [
            (
                "text",
                "<p>In mental health, peer support means getting help from people who know, from the inside, "
                "what it is like to struggle. It is used in many other places too: you will also find it in "
                "places peer support is used: you will also find it in schools and colleges, in drug and "
                "alcohol recovery, and in care for long-term conditions such as diabetes.</p>"
                "<p>Mental health and HIV are closely linked. People living with HIV are twice as likely as "
                "others to be diagnosed with depression. Good peer support keeps both in mind.</p>",
            ),
            ("heading", "Formal and informal"),
            (
                "text",
                "<p><strong>Formal</strong> peer support is set up on purpose. Think of a weekly group, a peer "
                "worker on an NHS team, or a lived-experience role in a charity or a user-led organisation.</p>"
                "<p><strong>Informal</strong> peer support just happens. Two neighbours realise they have both "
                "been through a breakdown, and start checking in on each other.</p>",
            ),
            ("heading", "What all peer support shares"),
            (
                "text",
                "<p>Whatever form it takes, peer support is a two-way street. Nobody has to be fully well before "
                "they can help someone else. Having lived through something is treated as a kind of expertise "
                "in its own right.</p>"
                "<p>Many people with mental health problems feel powerless, judged or unsure of themselves. "
                "Meeting others who have faced the same struggles, and are doing better, can bring back hope "
                "and a sense of control.</p>",
            ),
            ("heading", "One-to-one and in groups"),
            (
                "text",
                "<p>When two people meet one-to-one, the support is often <em>intentional</em>: together they "
                "choose goals for recovery and work on them side by side.</p>"
                "<p>Groups are more relaxed. You can come along and mostly listen, or get stuck in. Whoever "
                "runs the group has lived experience too. That is the big difference from a therapy group: "
                "there is no professional at the front, and the wisdom comes from the people in the circle.</p>",
            ),
            (
                "checklist",
                {
                    "title": "What people can gain",
                    "items": [
                        "Someone to talk to who will not judge them",
                        "Less shame, because they see they are not the only one",
                        "Fresh ideas for coping, from people who have tried them",
                        "Hope, from meeting people who are further along the road",
                        "The confidence to take a next step, such as a course, a job or a frank talk with their doctor",
                        "The chance to help someone else, which can be healing in itself",
                    ],
                },
            ),
            (
                "key_figure",
                {
                    "figure": "3,000+",
                    "label": "people took part in Mind's Side by Side peer support research, which found gains "
                    "in wellbeing, hope, connection and empowerment",
                    "source": SOURCE_REPORT + ", citing Mind",
                },
            ),
            (
                "text",
                "<p>Peer support helps young people too. Rotherham, Doncaster and South Humber NHS Foundation "
                "Trust found that peer workers in its youth mental health services helped young people move "
                "into adult services, supported recovery and gave them hope. The peer workers gained from it "
                "as well.</p>",
            ),
            (
                "quote",
                {
                    "text": "In the group nobody looks at you funny when you say you couldn't get out of bed "
                    "for a week. Someone just nods, because they've been there.",
                    "attribution": "Group participant",
                },
            ),
            (
                "contact",
                {
                    "name": "Samaritans",
                    "description": "Free listening support for anyone who is struggling or feels unable "
                    "to cope. You do not have to be suicidal to call.",
                    "phone": "116 123",
                    "email": "",
                    "website": "https://www.samaritans.org",
                    "hours": "Any time, day or night",
                },
            ),
            (
                "contact",
                {
                    "name": "NHS 111",
                    "description": "Urgent health advice, including for mental health, when it is not a "
                    "life-threatening emergency. In an emergency, call 999. The website covers England; "
                    "Wales and Scotland also use 111.",
                    "phone": "111",
                    "email": "",
                    "website": "https://111.nhs.uk",
                    "hours": "24 hours a day, 7 days a week",
                },
            ),
        ],
    },
]
