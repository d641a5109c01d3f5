"""Toolkit, part one: planning a project, building partnerships, structure, and the policies every project needs."""

ALL = ["individuals", "organisations", "clinics"]

TOOLKIT_CHAPTERS = [
    {
        "slug": "deciding-what-and-why",
        "title": "Deciding what and why",
        "summary": (
            "Before you start, get clear on who your project is for, what need it meets, "
            "what it will look like and how you will know it is working."
        ),
        "topics": ["getting-started"],
        "audiences": ALL,
        "related": ["networks-and-partnerships", "structuring-your-project", "monitoring-and-evaluation"],
        "body": [
            (
                "text",
                "<p>Starting a peer support project is hugely rewarding. It also takes time, planning and "
                "patience, and some days it will test you. So before you spend any time or money, be sure of "
                "your reasons.</p>"
                "<p>The most important question is simple: do people need this, and will they come? A project "
                "with no proven need, or one the people it is for do not want, will struggle however hard you "
                "work.</p>",
            ),
            ("heading", "Who is it for?"),
            (
                "questions",
                {
                    "title": "Questions to ask yourself",
                    "items": [
                        "Who exactly do you want to support: men, women, everyone?",
                        "Are you focusing on a particular age group, gender, ethnicity or sexuality?",
                        "Roughly how many people in your area could use the project, and in your chosen group?",
                        "Is anyone left out by the way you have set things up? Is that deliberate?",
                        "How easy will it be for people to reach you, by bus, by phone or online?",
                    ],
                },
            ),
            ("heading", "Is there a real need?"),
            (
                "questions",
                {
                    "title": "Questions to ask yourself",
                    "items": [
                        "What evidence shows that people in your area need peer support?",
                        "What other HIV support is already available locally, and who runs it?",
                        "Is it based in a clinic, a charity or a community group?",
                        "Could you work with an existing service instead of starting something new?",
                    ],
                },
            ),
            ("heading", "What will it look like?"),
            (
                "questions",
                {
                    "title": "Questions to ask yourself",
                    "items": [
                        "Will you offer one-to-one support, groups, or both?",
                        "Will groups be for one gender or mixed?",
                        "Will you meet face to face, online, or both?",
                        "Where will support happen: in a clinic, on a hospital ward, at a local charity or "
                        "out in the community?",
                        "If people move between settings, how will you pass them on safely?",
                        "How many people can you realistically support?",
                        "How long will the project run, and how much of it is funded?",
                        "Will you be working with a partner?",
                    ],
                },
            ),
            ("heading", "How will you know it is working?"),
            (
                "questions",
                {
                    "title": "Questions to ask yourself",
                    "items": [
                        "What are your aims, and what exactly do you want to achieve?",
                        "What will you count (outputs), and what changes do you hope to see (outcomes)?",
                        "How will you find out what difference peer support made to people?",
                    ],
                },
            ),
            (
                "text",
                "<p>Your answers will show you how much time, money and help you need. Turn them into a short "
                "written plan. Come back to it as the project grows. A clear plan with a clear purpose is far "
                "more likely to last than a loose idea.</p>",
            ),
            (
                "tip",
                {
                    "title": "Keep your plan simple",
                    "text": "<p>Your plan does not need to be long. It needs to say what you will do, why, how, "
                    "and what it will cost, in words that you and anyone else can follow. Funders are much more "
                    "likely to say yes to a plan that is clear and realistic.</p>",
                },
            ),
            (
                "case_study",
                {
                    "title": "Example: starting small",
                    "text": "<p>Sam, who has lived with HIV for ten years, wanted to start a monthly walking "
                    "group. Before doing anything else, Sam talked to the nurses at the local clinic and to a "
                    "nearby charity. The nurses said several patients had asked about meeting others. The "
                    "charity offered a room for a cup of tea afterwards.</p>"
                    "<p>Sam wrote a one-page plan: who the group was for, where it would walk, how people "
                    "would hear about it and what it would cost (almost nothing). Six months later, the group "
                    "has a regular core of eight walkers.</p>",
                },
            ),
        ],
    },
    {
        "slug": "networks-and-partnerships",
        "title": "Building networks and partnerships",
        "summary": (
            "Get to know the clinics, GPs, charities and funders around you. "
            "Good links bring referrals, volunteers, shared resources and funding."
        ),
        "topics": ["getting-started"],
        "audiences": ALL,
        "related": ["deciding-what-and-why", "referrals", "recruiting-peer-supporters"],
        "body": [
            (
                "text",
                "<p>You cannot run peer support on your own. Find out early who else supports people living "
                "with HIV near you, and make friends with them. Good links will help you to:</p>"
                "<ul>"
                "<li>get referrals of people who want support</li>"
                "<li>avoid copying a service that already exists</li>"
                "<li>find partners to run the project with</li>"
                "<li>share rooms, training and other resources</li>"
                "<li>hear about funding</li>"
                "<li>work with health, council and voluntary services together</li>"
                "</ul>",
            ),
            ("heading", "HIV clinics"),
            (
                "text",
                "<p>Clinics meet people at diagnosis and keep seeing them for years. Many clinic teams know "
                "that peer support helps patients understand their condition, stick with treatment and take "
                "in what staff tell them. Clinics can refer people to you. If they have the space, they may "
                "want to host peer support in the clinic itself.</p>",
            ),
            ("heading", "GP practices and social prescribing"),
            (
                "text",
                "<p>GPs see people living with HIV too. Many practices now have social prescribing link "
                "workers or care navigators, whose job is to connect patients with community support. "
                "They are natural allies.</p>"
                "<p>Visiting every practice takes a long time. Start with a few, find the right person in "
                "each, and leave them something short and clear about your project.</p>",
            ),
            ("heading", "National and local organisations"),
            (
                "text",
                "<p>Some national HIV charities run services. Others campaign or produce information. Find out "
                "which ones are active in your area. They may share resources, send referrals or partner "
                "with you.</p>"
                "<p>Local groups range from small informal circles to established charities. Find out what each "
                "one does. You may be able to share the work, or promote each other.</p>",
            ),
            ("heading", "Services people already use"),
            (
                "text",
                "<p>Some people keep their HIV status very private. They may never walk into an HIV service. "
                "But they may be using mental health, housing, domestic abuse, or drug and alcohol services. "
                "If those services know about you, they can quietly let people know you exist.</p>"
                "<p>Building these links also helps raise awareness of what living with HIV is like today.</p>",
            ),
            ("heading", "Other peer support projects"),
            (
                "text",
                "<p>Mental health and other long-term conditions have a long history of peer support. Look for "
                "projects whose work you admire. Most are happy to share what they have learned. Some areas "
                "have peer support networks where projects swap ideas, good practice and training.</p>",
            ),
            ("heading", "Commissioners and funders"),
            (
                "text",
                "<p>Find out who pays for health and care services in your area, and which budgets your "
                "project might fit. Make sure the key people know about you. Funding is tight and competition "
                "is fierce, so keep track of what is on offer, who can apply and when the deadlines are.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Build your contact map",
                    "items": [
                        "List every HIV clinic and GP practice in your area, with a named contact for each",
                        "List national and local HIV organisations working near you",
                        "Add housing, mental health, domestic abuse and drug and alcohol services",
                        "Add other peer support projects and any local peer support network",
                        "Note who commissions services and which funders fit your project",
                        "Record when you last spoke to each one, and plan your next contact",
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": "Having the peer team just down the corridor means I can introduce someone on the "
                    "day they are diagnosed. That first conversation can change everything.",
                    "attribution": "HIV Clinician",
                },
            ),
        ],
    },
    {
        "slug": "structuring-your-project",
        "title": "Structuring your project",
        "summary": (
            "Policies, procedures and paperwork are not the exciting part, "
            "but a solid structure keeps everyone safe and frees you to be creative."
        ),
        "topics": ["getting-started", "policies"],
        "audiences": ALL,
        "related": ["deciding-what-and-why", "volunteer-policy-and-handbook", "health-and-safety"],
        "body": [
            (
                "text",
                "<p>Every kind of peer support needs some structure, whether it is one-to-one, a group, online "
                "or a mix. Sorting out policies and forms is less fun than dreaming up ideas. But once the "
                "basics are in place, you can try new things with confidence.</p>"
                "<p>Solid does not mean rigid. Good structure actually makes it easier to be flexible, because "
                "everyone knows what to do when something unexpected happens.</p>",
            ),
            ("heading", "The policies you need"),
            (
                "text",
                "<p>Policies protect the people you support, your Peer Supporters and you. They also show "
                "funders and partners that you take safety seriously. As a minimum, we suggest:</p>"
                "<ul>"
                '<li><a href="/guidance/lone-working/">Staying safe when working alone</a></li>'
                '<li><a href="/guidance/confidentiality/">Keeping information private</a></li>'
                '<li><a href="/guidance/data-protection/">Data protection</a></li>'
                '<li><a href="/guidance/dbs-checks/">Criminal record checks</a></li>'
                '<li><a href="/guidance/safeguarding/">Safeguarding</a></li>'
                '<li><a href="/guidance/volunteer-policy-and-handbook/">Volunteers</a></li>'
                '<li><a href="/guidance/equal-opportunities/">Equal opportunities</a></li>'
                '<li><a href="/guidance/health-and-safety/">Health and safety</a></li>'
                "</ul>",
            ),
            ("heading", "Put it all in a handbook"),
            (
                "text",
                "<p>Everyone involved should know which policies apply to them and where to find them. "
                "A project handbook is the easiest way to do this. It can be a short document or a shared "
                "folder, as long as people actually read it. Go through it at induction.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Paperwork to prepare",
                    "items": [
                        "Role description and person specification for Peer Supporters",
                        "Application form and an information pack for people who are interested",
                        "Referral form for people who want support",
                        "Agreement about keeping things private, for people in groups and one-to-one",
                        "Risk assessment form for new activities and venues",
                        "Incident form",
                        "Record sheets for meetings, debriefs and supervision",
                        "How to make a complaint",
                    ],
                },
            ),
            ("heading", "If you are part of a larger organisation"),
            (
                "text",
                "<p>You probably have most policies already. Check that each one covers peer support. "
                "For example, does your policy on working alone cover a volunteer meeting someone in a café? "
                "Does your volunteer policy mention Peer Supporters? Adapt what you have rather than starting "
                "again.</p>",
            ),
            ("heading", "If you are starting from scratch"),
            (
                "text",
                "<p>Keep things in proportion. A small self-run group does not need the same paperwork as an "
                "NHS trust. But it still needs the basics that keep people safe.</p>"
                "<p>You do not have to write everything yourself. Your local council for voluntary service "
                "(CVS) or volunteer centre can often share model policies. A larger charity may agree to "
                "host your project, so you can use its policies, insurance and checks.</p>",
            ),
            (
                "tip",
                {
                    "title": "Start with safety",
                    "text": "<p>If you cannot do everything at once, start with what keeps people safe: "
                    "safeguarding, keeping information private, working alone and health and safety. Add the "
                    "rest as you grow.</p>",
                },
            ),
            ("download", {"template": "session-record"}),
        ],
    },
    {
        "slug": "lone-working",
        "title": "Lone working",
        "summary": (
            "How to keep Peer Supporters safe when they meet people on their own, "
            "out of hours or away from your base: policy, procedure and check-ins."
        ),
        "topics": ["policies"],
        "audiences": ALL,
        "related": ["health-and-safety", "one-to-one-support-and-boundaries", "safeguarding"],
        "body": [
            (
                "text",
                "<p>Whenever a Peer Supporter works on their own, you need a lone working policy and a lone "
                "working procedure. Keeping safe is a shared job. You must think through the risks and "
                "reduce them. Peer Supporters must look after themselves and the people they support.</p>",
            ),
            ("heading", "When does lone working happen?"),
            (
                "text",
                "<p>More often than you might think. For example:</p>"
                "<ul>"
                "<li>meeting someone one-to-one in a café, a community centre or their home</li>"
                "<li>meeting someone at your base after hours, when no staff are around</li>"
                "<li>running a group at another venue</li>"
                "<li>running a group at your base in the evening or at the weekend</li>"
                "<li>giving phone or online support from home</li>"
                "</ul>",
            ),
            ("heading", "Policy and procedure"),
            (
                "text",
                "<p>Your <strong>lone working policy</strong> says what you, as an organisation or group, "
                "promise to do. It explains how you assess risk and how you keep volunteers safe.</p>"
                "<p>Your <strong>lone working procedure</strong> is the practical part. It sets out the steps, "
                "forms and checks needed before, during and after each lone working session.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Before a lone meeting",
                    "items": [
                        "A risk assessment has been done for the venue or type of meeting",
                        "Someone named (ideally the coordinator) knows where and when the meeting is",
                        "A check-in time has been agreed for the end of the meeting",
                        "The Peer Supporter has a charged phone with credit",
                        "They carry nothing that names the person they are meeting or what the meeting is for",
                        "They know what to do and who to call if they feel unsafe",
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "After a lone meeting",
                    "items": [
                        "The Peer Supporter checks out with their named contact by text or call",
                        "They have a short debrief, in person, by phone or by email",
                        "Any worries about safety are written down and passed on the same day",
                        "The risk assessment is updated if anything has changed",
                    ],
                },
            ),
            ("heading", "If someone does not check out"),
            (
                "text",
                "<p>Decide in advance what happens if a Peer Supporter does not get in touch at the agreed "
                "time. Write the steps down, with times. For example:</p>"
                "<ol>"
                "<li>After 15 minutes, the named contact calls and texts the Peer Supporter.</li>"
                "<li>After 30 minutes, they try the Peer Supporter's emergency contact and tell a senior "
                "person.</li>"
                "<li>If there is still no news and there is reason to worry, they call the police on 999 and "
                "give the meeting details.</li>"
                "</ol>"
                "<p>Some projects agree a code word a Peer Supporter can use on the phone if they need help "
                "but cannot say so.</p>",
            ),
            (
                "tip",
                {
                    "title": "Choosing a public place",
                    "text": "<p>A busy café or library can be a good place to meet. Pick somewhere roomy, where "
                    "you can sit away from others and will not be overheard. If you can, visit with the "
                    "coordinator first to check it out.</p>",
                },
            ),
            ("download", {"template": "risk-assessment"}),
            (
                "quote",
                {
                    "text": "Texting the coordinator when I arrive and when I leave takes ten seconds. It means "
                    "I never feel like I'm out there on my own.",
                    "attribution": "Peer Mentor",
                },
            ),
        ],
    },
    {
        "slug": "confidentiality",
        "title": "Confidentiality",
        "summary": (
            "Confidentiality is the bedrock of peer support. Be clear about what stays private, "
            "when information may have to be shared, and how you keep records safe."
        ),
        "topics": ["policies", "one-to-one", "groups"],
        "audiences": ALL,
        "related": ["data-protection", "safeguarding", "working-with-groups"],
        "body": [
            (
                "text",
                "<p>Peer support runs on trust. People need to feel safe enough to say what is really going "
                "on. For someone living with HIV, their Peer Supporter, or the people in their group, may be "
                "the only people outside the clinic who know their status. Fear of rejection means you may "
                "be among the very first to hear their story.</p>"
                "<p>That is why a clear confidentiality policy matters so much. Get confidentiality right and "
                "people will trust your project. Get it wrong and they may never come back.</p>",
            ),
            ("heading", "Confidentiality is held by the project"),
            (
                "text",
                "<p>Make clear that confidentiality is between the person and your organisation or group, not "
                "only between them and one Peer Supporter. A Peer Supporter will talk about their work with the "
                "coordinator in debriefs and supervision. People should know this from the start.</p>",
            ),
            ("heading", "The limits of confidentiality"),
            (
                "checklist",
                {
                    "title": "You may need to share information outside the project if:",
                    "items": [
                        "there is reason to think someone may seriously harm themselves or another person",
                        "someone tells you about a serious crime",
                        "you learn something that raises a safeguarding concern about a child or an adult",
                        "you learn of a possible terrorist threat",
                    ],
                },
            ),
            (
                "text",
                "<p>Explain these limits of confidentiality at the very first meeting, in plain words. If you do "
                "have to share something, talk to your coordinator or safeguarding lead first. Where it is safe "
                "to do so, tell the person what you are going to share, and why. Write down what you shared, "
                "with whom, and the reason.</p>",
            ),
            ("heading", "Records and paperwork"),
            (
                "text",
                "<p>Tell people what you write down, where you keep it and who can see it. This reassures "
                "everyone. Use initials rather than names in meeting notes. Store signed agreements safely. "
                'See <a href="/guidance/data-protection/">Data protection</a> for more on keeping records.</p>',
            ),
            ("heading", "Training and supervision"),
            (
                "text",
                "<p>Cover confidentiality in training and come back to it in supervision. Talk about it with "
                "every person you support. Ask everyone to sign a confidentiality agreement and keep it safe. "
                "If something goes wrong, you will be able to show that you followed a clear procedure and "
                "that everyone knew the rules.</p>",
            ),
            ("download", {"template": "confidentiality-agreement"}),
            (
                "tip",
                {
                    "title": "Bumping into each other",
                    "text": "<p>Peer Supporters and the people they support may meet by chance, in a clinic "
                    "waiting room, at the shops or on a night out. Agree in advance what you will do. A common "
                    "rule: the Peer Supporter waits for the other person to say hello first, and never mentions "
                    "how they know each other in front of others.</p>",
                },
            ),
            (
                "questions",
                {
                    "title": "Check your approach to confidentiality",
                    "items": [
                        "Could every Peer Supporter explain the limits of confidentiality in one minute?",
                        "Does every person you support know who else may see their information?",
                        "Are signed agreements and notes kept locked away or password-protected?",
                        "Does anything a Peer Supporter carries reveal someone's status?",
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": "Knowing that what I said would stay in the room was the only reason I came back "
                    "a second time.",
                    "attribution": "Group participant",
                },
            ),
        ],
    },
    {
        "slug": "data-protection",
        "title": "Data protection",
        "summary": (
            "What personal information you may hold, how to keep it safe under UK data protection law, "
            "and people's rights to see or remove it."
        ),
        "topics": ["policies"],
        "audiences": ALL,
        "related": ["confidentiality", "monitoring-and-evaluation", "referrals"],
        "body": [
            (
                "text",
                "<p>You will hold information about your Peer Supporters and the people they support. Some of "
                "it, like someone's HIV status or mental health, is health information. The law calls this "
                "<em>special category data</em> and expects extra care with it.</p>"
                "<p>So you need a data protection policy, and you need to think about how the law applies to "
                "your project. This is true whether you keep records on paper or on a computer.</p>",
            ),
            ("heading", "The basics"),
            (
                "checklist",
                {
                    "title": "Good data habits",
                    "items": [
                        "Know why you keep each piece of information, and write it down",
                        "Collect only what you need, not everything that might be interesting",
                        "Tell people what you keep and get their agreement where needed",
                        "Use information only for the reason you collected it",
                        "Keep it accurate and up to date",
                        "Store it securely: locked cabinets, passwords, encrypted devices",
                        "Keep it no longer than you need, then shred or delete it securely",
                    ],
                },
            ),
            ("heading", "People's rights"),
            (
                "text",
                "<p>In the UK, data protection is covered by the UK GDPR and the Data Protection Act 2018. "
                "Under this law, people can:</p>"
                "<ul>"
                "<li>ask to see the information you hold about them (a <em>subject access request</em>), "
                "which you must usually answer within one month</li>"
                "<li>ask you to correct anything that is wrong</li>"
                "<li>ask you to delete their information, for example when they leave the project</li>"
                "</ul>"
                "<p>These rights apply to everyone: volunteers, staff and the people you support.</p>",
            ),
            ("heading", "Practical tips for peer support"),
            (
                "text",
                "<ul>"
                "<li>Use initials, not full names, in meeting notes and emails.</li>"
                "<li>Do not put your logo or the word HIV on forms that Peer Supporters carry.</li>"
                "<li>If Peer Supporters use their own phones, agree rules for storing contacts and deleting "
                "messages.</li>"
                "<li>Keep group sign-in sheets to a minimum, and get them back after each session.</li>"
                "<li>Limit who can open shared folders, and review this when people leave.</li>"
                "</ul>",
            ),
            (
                "tip",
                {
                    "title": "Help from the regulator",
                    "text": '<p>The <a href="https://ico.org.uk">Information Commissioner\'s Office (ICO)</a> '
                    "has clear guidance and templates for small charities and groups. Check whether you need "
                    "to pay its data protection fee. Some not-for-profit groups do not have to.</p>",
                },
            ),
            ("heading", "If something goes wrong"),
            (
                "text",
                "<p>Mistakes happen: an email to the wrong person, a lost notebook, a stolen phone. Act fast. "
                "Try to get the information back or stop it spreading. Tell your coordinator and write down "
                "what happened.</p>"
                "<p>If the breach could put people at risk, you must report it to the ICO within 72 hours. "
                "You may also need to tell the people affected.</p>",
            ),
            (
                "quote",
                {
                    "text": "I asked what they wrote down about me. They showed me, and it was just my "
                    "initials and my goals. That made me trust them more.",
                    "attribution": "Person receiving peer support",
                },
            ),
        ],
    },
    {
        "slug": "dbs-checks",
        "title": "DBS checks",
        "summary": (
            "What Disclosure and Barring Service (DBS) checks are, which level a Peer Supporter role may need, "
            "and how to get checks done."
        ),
        "topics": ["policies", "recruitment"],
        "audiences": ALL,
        "related": ["safeguarding", "recruiting-peer-supporters", "volunteer-policy-and-handbook"],
        "body": [
            (
                "text",
                "<p>Many projects are unsure about DBS checks: what they are, and who needs one. DBS stands for "
                "the Disclosure and Barring Service. DBS checks replaced the old CRB checks in 2012, under the "
                "Protection of Freedoms Act.</p>"
                "<p>Today, whether a role can have a DBS check depends on what the person actually does. "
                "Certain tasks with children or adults are called <em>regulated activity</em>, and these "
                "roles can have the fullest checks.</p>"
                "<p>DBS covers England and Wales. In Scotland, use Disclosure Scotland. In Northern Ireland, "
                "use AccessNI.</p>",
            ),
            ("heading", "The four levels of DBS check"),
            (
                "text",
                "<ul>"
                "<li><strong>Basic</strong>: shows unspent convictions and conditional cautions. Anyone can "
                "apply for one, for any role.</li>"
                "<li><strong>Standard</strong>: also shows spent convictions and cautions, unless they have "
                "been filtered out under the rules.</li>"
                "<li><strong>Enhanced</strong>: as standard, plus any information the police think is "
                "relevant.</li>"
                "<li><strong>Enhanced with barred list check</strong>: as enhanced, plus a check of the list of "
                "people barred from working with children, adults, or both.</li>"
                "</ul>",
            ),
            ("heading", "Is the role eligible?"),
            (
                "text",
                "<p>The law decides which roles can have a standard or enhanced DBS check. The rules are in "
                "the Rehabilitation of Offenders Act 1974 (Exceptions) Order 1975 and the Police Act 1997 "
                "(Criminal Records) Regulations. It is against the law to ask for a higher-level check for a "
                "role that is not eligible.</p>"
                '<p>Use the <a href="https://www.gov.uk/find-out-dbs-check">DBS eligibility tool on GOV.UK</a> '
                "to check each role.</p>",
            ),
            ("heading", "When Peer Supporters work one-to-one"),
            (
                "text",
                "<p>Most peer support is not regulated activity. But Peer Supporters often meet people alone, "
                "and some of those people may be vulnerable at times. So do a risk assessment of the role. "
                "Ask what harm could happen if someone misused it.</p>"
                "<p>If the role is eligible for a standard or enhanced check, and the risk assessment supports "
                "it, request that check. If it is not eligible, a basic DBS check is still open to you. "
                "Whatever the check, it only works alongside references, training, supervision and good "
                "safeguarding.</p>",
            ),
            ("heading", "How to get checks done"),
            (
                "text",
                "<p>If your organisation already does DBS checks, use the same process. If not, a registered "
                "umbrella body can do them for you. Standard and enhanced DBS checks are free for volunteers, "
                "but umbrella bodies usually charge a fee for their service. Basic checks have a fee.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Your DBS policy should say",
                    "items": [
                        "which roles need a check, and at what level",
                        "who in your project makes the decision",
                        "who can see DBS certificates and how the information is stored",
                        "how long you keep DBS information (usually no longer than six months)",
                        "how you will fairly consider anything a DBS check shows",
                        "how often checks are renewed, or whether you use the DBS Update Service",
                    ],
                },
            ),
            (
                "tip",
                {
                    "title": "A record does not rule someone out",
                    "text": "<p>Many people with lived experience have a criminal record. Something on a DBS "
                    "certificate should lead to a private conversation, not an automatic no. Think about what "
                    "the offence was, when it happened and whether it matters for this role.</p>",
                },
            ),
            (
                "text",
                "<p>You can have a separate DBS policy, or include it in your safeguarding policy. See "
                '<a href="https://www.gov.uk/government/organisations/disclosure-and-barring-service">the DBS '
                "pages on GOV.UK</a> for the latest rules.</p>",
            ),
        ],
    },
    {
        "slug": "safeguarding",
        "title": "Safeguarding",
        "summary": (
            "Protecting children and adults at risk from abuse and neglect: what your policy needs, "
            "and what a Peer Supporter should do if they are worried."
        ),
        "topics": ["policies"],
        "audiences": ALL,
        "related": ["confidentiality", "dbs-checks", "organisation-induction"],
        "body": [
            (
                "text",
                "<p>Almost every peer support project needs a safeguarding policy. Safeguarding means protecting "
                "children and adults at risk from abuse and neglect. It is about preventing harm as well as "
                "responding when something happens.</p>"
                "<p>A Peer Supporter may notice signs that someone is being harmed, or someone may tell them "
                "directly. Everyone in your project must know what to do next.</p>",
            ),
            ("heading", "What your policy should cover"),
            (
                "checklist",
                {
                    "title": "A good safeguarding policy",
                    "items": [
                        "Names a safeguarding lead, and a deputy, with contact details",
                        "Describes the different kinds of abuse, including physical, emotional, sexual and "
                        "financial abuse, neglect, domestic abuse and exploitation",
                        "Sets out step by step what to do when someone is worried",
                        "Explains how concerns are recorded and stored",
                        "Lists local council safeguarding contacts for adults and children",
                        "Says how safeguarding is covered in training and induction",
                        "Is reviewed at least once a year",
                    ],
                },
            ),
            ("heading", "If someone tells you about abuse"),
            (
                "checklist",
                {
                    "title": "What to do",
                    "items": [
                        "Stay calm and listen. Let them talk in their own words",
                        "Tell them they were right to tell you",
                        "Do not promise to keep it secret. Explain who you need to tell and why",
                        "Do not investigate or ask leading questions",
                        "Write down what they said, in their words, as soon as you can",
                        "Tell your safeguarding lead the same day",
                        "If someone is in immediate danger, call 999",
                    ],
                },
            ),
            ("heading", "Respecting adults' choices"),
            (
                "text",
                "<p>Adults have the right to make their own decisions, even ones we worry about. Where you can, "
                "talk to the person about your concern and ask what they want to happen. Keep them involved.</p>"
                "<p>But some things cannot wait for agreement. If children are at risk, if other people could "
                "be hurt, or if the person cannot make the decision for themselves, you must act.</p>",
            ),
            (
                "tip",
                {
                    "title": "Remember the children",
                    "text": "<p>Many people who use peer support are parents or carers. Always act on a concern "
                    "about a child, even if the child is not the person you are supporting.</p>",
                },
            ),
            (
                "quote",
                {
                    "text": "I was scared I'd lose her trust. But I told her why I had to pass it on, and the "
                    "coordinator helped us both. She still comes to the group.",
                    "attribution": "Peer Mentor",
                },
            ),
            (
                "contact",
                {
                    "name": "Your local council safeguarding team",
                    "description": "To report a concern about an adult or child at risk. Find the number on "
                    "your local council's website and add it to your policy.",
                    "phone": "",
                    "email": "",
                    "website": "",
                    "hours": "",
                },
            ),
            (
                "contact",
                {
                    "name": "Samaritans",
                    "description": "For anyone who is struggling to cope and needs to talk, including Peer "
                    "Supporters after a difficult conversation.",
                    "phone": "116 123",
                    "email": "",
                    "website": "https://www.samaritans.org",
                    "hours": "Any time, day or night",
                },
            ),
        ],
    },
    {
        "slug": "volunteer-policy-and-handbook",
        "title": "Volunteer policy and handbook",
        "summary": (
            "Set out what volunteers can expect from you and what you expect of them, "
            "and give Peer Supporters a handbook written for their role."
        ),
        "topics": ["policies", "recruitment"],
        "audiences": ALL,
        "related": ["recruiting-peer-supporters", "organisation-induction", "equal-opportunities"],
        "body": [
            (
                "text",
                "<p>If your Peer Supporters are paid staff, your usual HR policies cover them. Volunteers are "
                "different. They still follow your policies on things like health and safety and "
                "safeguarding. But they are not employees, so your HR policies do not apply to them.</p>"
                "<p>The law does not require a volunteer policy. It is still good practice. It shows your "
                "commitment to volunteers and sets out what you expect.</p>",
            ),
            ("heading", "What a volunteer policy covers"),
            (
                "checklist",
                {
                    "title": "Include at least",
                    "items": [
                        "Expenses: what you pay back and how, with a link to any expenses policy",
                        "Recruitment: the main steps, so every volunteer is treated the same way",
                        "Training and development: what you offer and why it matters to you",
                        "Supervision: what support volunteers can expect and how often",
                        "Sorting out problems: a fair process that is not a staff disciplinary procedure",
                        "Complaints: how a volunteer can raise a concern, and what happens next",
                        "Feedback: how you give it and how volunteers can give it to you",
                    ],
                },
            ),
            ("heading", "Keep a clear line between volunteers and staff"),
            (
                "text",
                "<p>Volunteers should not be treated like employees. Avoid bringing in staff rules on sick "
                "leave, holidays, parental leave, pay, performance or discipline. Courts have sometimes found "
                "that people called volunteers were really workers, and were owed the same rights as staff.</p>"
                "<p>Use words like <em>role</em> and <em>agreement</em>, not <em>job</em> and "
                "<em>contract</em>. Make clear that volunteers can say no and can stop at any time.</p>",
            ),
            (
                "tip",
                {
                    "title": "Pay real expenses only",
                    "text": "<p>Pay back what volunteers actually spend, such as bus fares, with receipts where "
                    "possible. Flat-rate payments or perks can blur the line with employment. They can also "
                    "affect the benefits of volunteers who claim them.</p>",
                },
            ),
            ("heading", "The Peer Supporter handbook"),
            (
                "text",
                "<p>A policy sets out your approach. A handbook is the practical guide for the role. It should "
                "match your volunteer policy, add what is special about peer support, and point to the "
                "policies Peer Supporters must follow.</p>"
                "<p>If you recruit volunteers for many roles, keep one general volunteer policy and a separate "
                "Peer Supporter handbook. If Peer Supporters are your only volunteers, one combined document "
                "may be enough.</p>",
            ),
            (
                "checklist",
                {
                    "title": "What to put in the handbook",
                    "items": [
                        "A welcome, and what your project is for",
                        "The Peer Supporter role and what a typical week looks like",
                        "Who to contact, for everyday questions and in an emergency",
                        "How to arrange, record and debrief meetings",
                        "Keeping information private, and its limits",
                        "Safeguarding steps on a single page",
                        "How to claim expenses",
                        "Supervision, training and ongoing learning",
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": "The handbook lives in my bag. The first few months, I checked it before every "
                    "meeting. Now I mostly use the contacts page.",
                    "attribution": "Peer Supporter",
                },
            ),
        ],
    },
    {
        "slug": "equal-opportunities",
        "title": "Equal opportunities",
        "summary": (
            "Why even an all-volunteer project needs an equal opportunities policy, "
            "and practical ways to make your project open to everyone."
        ),
        "topics": ["policies"],
        "audiences": ALL,
        "related": ["recruiting-peer-supporters", "volunteer-policy-and-handbook", "deciding-what-and-why"],
        "body": [
            (
                "text",
                "<p>An equal opportunities policy shows that your project treats people fairly and values "
                "difference. Keep it up to date, review it regularly, and make sure everyone involved can see "
                "it.</p>",
            ),
            ("heading", "Why you need one, even with volunteers"),
            (
                "text",
                "<p>Employment discrimination law mostly protects employees, not volunteers. But there are "
                "two strong reasons to have a policy anyway:</p>"
                "<ul>"
                "<li>The people you support often face stigma and discrimination. Your project must clearly "
                "stand against it.</li>"
                "<li>Peer Supporters act on your behalf. If one of them treats someone unfairly, your group or "
                "organisation could be held responsible.</li>"
                "</ul>",
            ),
            ("heading", "The Equality Act 2010"),
            (
                "text",
                "<p>The Equality Act 2010 protects people from discrimination because of nine protected "
                "characteristics: age, disability, gender reassignment, marriage and civil partnership, "
                "pregnancy and maternity, race, religion or belief, sex, and sexual orientation.</p>"
                "<p>It applies to services as well as jobs. Under the Act, HIV counts as a disability from "
                "the day someone is diagnosed.</p>",
            ),
            ("heading", "Putting it into practice"),
            (
                "checklist",
                {
                    "title": "Practical steps",
                    "items": [
                        "Choose venues that are step-free and easy to reach by public transport",
                        "Offer interpreters, or Peer Supporters who speak other languages, where you can",
                        "Vary meeting times so people who work or have caring duties can come",
                        "Use images and words in your leaflets that reflect the people you want to reach",
                        "Ask people, anonymously, about who they are, so you can spot who is missing",
                        "Cover diversity and working across cultures in Peer Supporter training",
                        "Agree how facilitators will deal with unkind or prejudiced comments in groups",
                    ],
                },
            ),
            (
                "questions",
                {
                    "title": "Who might you be missing?",
                    "items": [
                        "Who lives with HIV in your area but never comes to you?",
                        "Would a trans person, an older person or a recent migrant feel welcome at your group?",
                        "Could someone with a learning disability or sight loss use your forms?",
                        "Do your Peer Supporters reflect the people they support?",
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": "The first time I came, there was someone who spoke my language and understood "
                    "where I come from. I didn't have to explain my culture before I could explain my problem.",
                    "attribution": "Group participant",
                },
            ),
        ],
    },
    {
        "slug": "health-and-safety",
        "title": "Health and safety",
        "summary": (
            "Your duty of care to Peer Supporters and the people they support: risk assessments, "
            "venues, incidents and insurance, kept simple."
        ),
        "topics": ["policies"],
        "audiences": ALL,
        "related": ["lone-working", "working-with-groups", "structuring-your-project"],
        "body": [
            (
                "text",
                "<p>Health and safety has a reputation for red tape. Many peer projects assume it does not "
                "really apply to them. But thinking ahead about people's welfare can save a lot of trouble "
                "later.</p>"
                "<p>If you are part of a larger organisation, check that its policy covers peer support "
                "activities. If you are starting from scratch, or hiring rooms, check that each venue has its "
                "own health and safety arrangements.</p>",
            ),
            ("heading", "Your legal duty"),
            (
                "text",
                "<p>Your duties come from the Health and Safety at Work etc. Act 1974. Even if your project is run "
                "entirely by volunteers, in someone else's building, you have a duty of care. That means "
                "taking reasonable steps to protect Peer Supporters, the people they support and visitors "
                "from harm.</p>"
                '<p>The <a href="https://www.hse.gov.uk">Health and Safety Executive (HSE)</a> has simple '
                "guidance and examples for small organisations.</p>",
            ),
            ("heading", "Risk assessments"),
            (
                "text",
                "<p>Do a risk assessment whenever you start a new activity or use a new venue. It need not be "
                "complicated:</p>"
                "<ol>"
                "<li>Spot the hazards: what could cause harm?</li>"
                "<li>Decide who could be harmed, and how.</li>"
                "<li>Decide what you will do to reduce the risk.</li>"
                "<li>Write down what you found and what you did.</li>"
                "<li>Review it regularly, and whenever something changes.</li>"
                "</ol>"
                '<p>When Peer Supporters meet people on their own, also see <a href="/guidance/lone-working/">'
                "the chapter on working alone</a>.</p>",
            ),
            ("download", {"template": "risk-assessment"}),
            ("heading", "Venues"),
            (
                "checklist",
                {
                    "title": "Checking a venue",
                    "items": [
                        "The venue has its own health and safety policy and insurance",
                        "You know the fire exits, the fire drill and where to meet outside",
                        "There is a first aid kit, and you know who can give first aid",
                        "The room is accessible, with step-free access and toilets nearby",
                        "The room is warm, well lit and well aired",
                        "Conversations cannot be overheard",
                        "You know the venue's own rules, such as closing times and who holds the keys",
                    ],
                },
            ),
            ("heading", "Incidents and accidents"),
            (
                "text",
                "<p>Keep an incident form. Use it to record accidents, near misses, and times when someone "
                "was hurt, threatened or taken ill. Look at the forms together every few months to spot "
                "patterns. A few serious incidents must also be reported to the HSE.</p>",
            ),
            (
                "tip",
                {
                    "title": "Check your insurance",
                    "text": "<p>You will usually need public liability insurance, and your policy should "
                    "cover volunteers. If a venue or host organisation provides cover, ask to see it in "
                    "writing.</p>",
                },
            ),
            (
                "quote",
                {
                    "text": "It felt a bit over the top doing a risk assessment for a tea and chat group. "
                    "Then the fire alarm went off one evening, and everyone knew exactly where to go.",
                    "attribution": "Group facilitator",
                },
            ),
        ],
    },
]
