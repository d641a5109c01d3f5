"""Downloadable Markdown templates. Fill-in blanks are in [square brackets].

File names never contain a term that would reveal what the project is about if someone saw the file.
"""

ROLE_DESCRIPTION = """\
# Role description: Peer Supporter

**Project:** [Project name]
**Organisation or group:** [Organisation name]
**Role title:** Peer Supporter (volunteer)
**Based at:** [Main venue, and any other places you will meet people]
**Time we are hoping for:** [For example, 2–4 hours a week for at least six months]
**Supervised by:** [Name and job title]
**Checks needed:** [For example, a basic or standard criminal record check, and two references]

## What the role is for

To use your own lived experience to support people who are going through something similar. You will
listen, share your experience where it helps, and encourage people to set and reach their own goals.

## Main tasks

- Meet people one-to-one and/or help run a group, as agreed with the coordinator
- Listen without judging, and share your own experience with care
- Help people set goals and make simple action plans
- Point people to other services and information when they need more help
- Keep short, accurate notes, using initials only
- Check in and out for every meeting, and debrief afterwards
- Come to supervision and training sessions
- Follow our policies, including safeguarding, privacy and health and safety

## What this role is not

You are not a counsellor, doctor or advice worker. You will not be expected to fix everyone's problems.
You will always have someone to talk to.

## What we offer you

- Free training, including [name of course or accreditation, if any]
- Regular supervision and a debrief after every session
- Out-of-pocket expenses paid, such as travel: [how and when]
- A Peer Supporter handbook and a named contact
- The chance to learn new skills and meet other Peer Supporters

## How to apply

Fill in the application form and send it to [name] at [email address or postal address] by [date].
If you would like to talk about the role first, or need this information in another format,
contact [name] on [phone number].
"""

PERSON_SPECIFICATION = """\
# Person specification: Peer Supporter

**Project:** [Project name]
**Date:** [Date]

We will assess every applicant against the same criteria below. Two people will score each one.
**E** = essential, **D** = desirable. The last column shows how we will check it:
A = application form, I = interview or conversation, T = training.

## Lived experience

| Criteria | E/D | How we check |
|---|---|---|
| Personal experience of [the condition or experience the project is about] | E | A, I |
| Comfortable talking about your own experience with people you support | E | I |
| Has come to terms with your own experience enough to focus on someone else | E | I |

## Personal qualities

| Criteria | E/D | How we check |
|---|---|---|
| Self-aware: knows own strengths and limits, and asks for help | E | I, T |
| Listens more than talks; does not take over | E | I, T |
| Understands why privacy and boundaries matter | E | I, T |
| Treats everyone with respect, whatever their background | E | A, I |
| Reliable and honest about the time they can give | E | I |
| Flexible about who, where and when they support people | D | I |
| Keen to learn and to take feedback | E | I, T |

## Skills and knowledge

| Criteria | E/D | How we check |
|---|---|---|
| Good listening and communication skills | E | I, T |
| Some understanding of [the condition] and its treatment, or willing to learn | E | I, T |
| Able to keep simple written or online notes | E | A, T |
| Experience of running or taking part in groups | D | A, I |
| Speaks a language other than English: [languages you need] | D | A |

## Commitment

| Criteria | E/D | How we check |
|---|---|---|
| Able to complete the training on [dates] | E | A |
| Able to give [hours] a week for around [months] | D | A, I |
| Willing to go to supervision and check in after every meeting | E | I |

**Scoring:** 0 = no evidence, 1 = some evidence, 2 = good evidence. Each assessor scores alone, then you agree
a final score together. Keep the scores with the applicant's file and use them to give feedback.
"""

REFERRAL_FORM = """\
# Referral form

**Project:** [Project name]
**Send to:** [Coordinator name], [secure email address or phone number]

Please fill in Part A before the first meeting. The coordinator will fill in Part B with the person at
the first meeting. Only write what we need.

## Part A: before the first meeting

**Date of referral:** [Date]
**Self-referral or professional referral?** [Self / Professional]

**Referrer (if a professional):** [Name, role, organisation, phone]

**Person being referred**
- Name: [Name]
- Preferred name and pronouns: [ ]
- Date of birth: [ ]
- Phone: [Number]  Is it safe to leave a message? [Yes / No]
- Email: [Address]  Is it safe to email? [Yes / No]
- Safe postal address, if needed: [ ]
- Clinic or GP they are registered with: [Name]
- Language, access or other needs: [For example, interpreter, step-free access]

**Reason for referral:** [In a few words, what support the person would like]

**Does the person know about and agree to this referral?** [Yes / No]

**Any safety concerns we should know about before meeting?** [ ]

## Part B: at the first meeting

- What is going on for you at the moment? [ ]
- What would you most like to change? [ ]
- What are you hoping a Peer Supporter could help with? [ ]
- If the meetings go well, what will be different at the end? [ ]
- Who else is supporting you right now? [ ]
- Preferences for a Peer Supporter (for example gender, age, language): [ ]
- Best days, times and places to meet: [ ]
- Interests, hobbies or anything else that might help us find a good match: [ ]

**Outcome:** [Matched with Peer Supporter (initials) / Group / Referred elsewhere to (service) / Call again on (date)]

**Information given:** [ ] privacy agreement [ ] emergency contacts [ ] how to contact us [ ] how to complain

## Consent

I agree that [Organisation name] can keep the information on this form to arrange my support. I understand it
will be stored securely, seen only by [who], and deleted [when]. I can ask to see it or have it deleted at any time.

Signed: [ ]  Date: [ ]
"""

CONFIDENTIALITY_AGREEMENT = """\
# Confidentiality agreement

**Project:** [Project name]
**Organisation or group:** [Organisation name]

Feeling safe to talk is at the heart of peer support. This agreement explains how we keep information
private, and when we might have to share it. Please read it, ask any questions, and sign below.

## What we promise

- What you tell us stays within [Organisation name]. Your Peer Supporter may talk about their work with
  the coordinator, to get support and make sure you are getting good help. Nobody else will be told.
- We will not tell anyone you use our service without your permission.
- We keep only the notes we need, using initials where we can. They are stored [securely: where and how].
- You can ask to see what we have written about you at any time.

## When we might have to share information

We would only share information without your permission if:

- we believe you, or someone else, is at risk of serious harm
- we learn that a child or an adult at risk is being harmed or neglected
- we learn about a serious crime, or a possible terrorist threat
- the law says we must

If this happens, we will talk to you first and tell you what we are sharing and why, unless doing so
would put someone in danger.

## What we ask of you (for groups)

- Keep what other people say in the group private. What is said here, stays here.
- Do not tell anyone who else comes to the group.
- If you see someone from the group outside, let them say hello first.
- Do not share photos, names or details of other members online.

## If you have a concern

Talk to [coordinator name] on [phone number] or [email], or ask for our complaints procedure.

## Signatures

I have read this agreement, had the chance to ask questions, and agree to it.

Name: [ ]
Signed: [ ]
Date: [ ]

On behalf of [Organisation name]: [Name, role]
Signed: [ ]
Date: [ ]

*Keep a signed copy securely. Offer a copy to the person signing.*
"""

RISK_ASSESSMENT = """\
# Risk assessment: meetings, venues and working alone

**Project:** [Project name]
**Activity:** [For example, one-to-one meetings in the community / monthly group at (venue)]
**Venue or area:** [Name and address, or "various public places"]
**Assessed by:** [Name(s)]  **Date:** [Date]  **Review by:** [Date]

## Step 1: What could go wrong?

| Hazard | Who could be harmed | Controls in place | Further action (who, when) |
|---|---|---|---|
| Person becomes angry or very upset | Peer Supporter; person | Public places; check-ins | [ ] |
| Peer Supporter does not check out | Peer Supporter | Agreed steps (Step 2) | [ ] |
| Someone says they may harm themselves or others | Person; others | Safeguarding training | [ ] |
| Conversation overheard, or notes reveal status | Person supported | Private spaces; initials only | [ ] |
| Fire or other emergency at the venue | Everyone | Exits and meeting point known | [ ] |
| Trips, falls or poor access | Everyone | Step-free venue; good lighting | [ ] |
| Travelling home late | Peer Supporter; members | Finish by [time]; share plans | [ ] |
| [Other hazard] | [ ] | [ ] | [ ] |

## Step 2: Check-in and check-out

- Named contact for this activity: [Name, phone]
- Backup contact: [Name, phone]
- Peer Supporter texts or calls when they arrive and when they leave.
- If there is no check-out by [agreed time]:
  1. After [15] minutes, the named contact calls and texts the Peer Supporter.
  2. After [30] minutes, they call the Peer Supporter's emergency contact and tell [senior person].
  3. If there is still no contact and there is cause for concern, call 999 with the meeting details.
- Code word for "I need help but can't say so": [ ]

## Step 3: Venue checks (for groups and regular venues)

- [ ] Venue has its own health and safety policy and insurance
- [ ] Fire exits, alarm and assembly point checked
- [ ] First aid kit and first aider available
- [ ] Step-free access and accessible toilet
- [ ] Room is private and cannot be overheard
- [ ] Signage uses a neutral name only
- [ ] Key holder and closing time known

## Step 4: Overall risk

After the actions above, the risk is: [Low / Medium / High]

**Decision:** [Go ahead / Go ahead with changes / Do not go ahead]

Signed: [ ]  Role: [ ]  Date: [ ]
"""

GROUP_GROUND_RULES = """\
# Group ground rules

**Group name:** [Neutral group name]
**Meets:** [Day, time, venue]
**Facilitators:** [First names]

Read these at the start of every meeting. Ask the group if anyone wants to add or change anything.
Write any changes here and keep them for next time.

## Our ground rules

1. **What is said here, stays here.** We do not repeat other people's stories, or say who was here.
2. **Say hello outside only if they do.** If you see someone from the group somewhere else, let them
   decide whether to say hello.
3. **One person speaks at a time.** We listen without interrupting.
4. **Speak for yourself.** Say "I feel" or "for me", not "everyone knows" or "you should".
5. **No judging.** Everyone's experience is valid, even if it is different from yours.
6. **Respect differences.** No racist, sexist, homophobic, transphobic or other hurtful comments.
7. **Share as much or as little as you like.** You can always pass.
8. **Give everyone a chance.** Keep your contributions short enough for others to speak.
9. **No advice unless asked.** Share what worked for you, rather than telling others what to do.
10. **Phones on silent.** No photos or recordings.
11. **Come as you are, but come sober.** Please do not attend under the influence of alcohol or drugs.
12. **Look after yourself.** You can step out at any time. A facilitator will check you are OK.

## When we might need to break privacy

If someone says something that makes us think they or someone else is at serious risk of harm, the
facilitators will need to pass it on. We will talk to the person first wherever we can.

## If something goes wrong

If you are unhappy with something in the group, talk to a facilitator or contact [coordinator name] on
[phone number or email]. If someone breaks the ground rules, facilitators may ask them to take a break,
or talk to them after the group.

## Agreed additions

- [ ]
- [ ]
"""

SUPERVISION_RECORD = """\
# Supervision record

**Project:** [Project name]
**Peer Supporter (initials):** [ ]
**Supervisor:** [Name]
**Date:** [Date]  **Type:** [One-to-one / Group]  **Length:** [Minutes]

*Use initials only for anyone the Peer Supporter supports. Give the Peer Supporter a copy of this record.*

## 1. Check-in

How are you feeling, about the role and in general? [ ]

## 2. Actions from last time

| Action | Done? | Notes |
|---|---|---|
| [ ] | [Yes / No / In progress] | [ ] |
| [ ] | [ ] | [ ] |

## 3. Reflecting on practice

- What has gone well since we last met? [ ]
- What has been hard, or stayed with you? [ ]
- Any boundaries you have found tricky? [ ]
- Anything you would do differently next time? [ ]

## 4. Wellbeing

Is the role affecting your own health or wellbeing, in a good or a difficult way? Do you need any extra
support? [ ]

## 5. Learning and CPD

- Training, reading or events since last time: [ ]
- What would you like to learn next? [ ]
- Anything to add to your learning log? [ ]

## 6. Safeguarding and safety

Any concerns to follow up? If yes, record them in line with the safeguarding policy, not here. [Yes / No]

## 7. Agreed actions

| Action | Who | By when |
|---|---|---|
| [ ] | [ ] | [ ] |
| [ ] | [ ] | [ ] |

**Next supervision:** [Date and time]

Signed (Peer Supporter): [ ]
Signed (supervisor): [ ]
"""

SESSION_RECORD = """\
# One-to-one session record

**Project:** [Project name]
**Peer Supporter (initials):** [ ]
**Person supported (initials):** [ ]
**Session number:** [ ] of [ ]
**Date:** [ ]  **Length:** [Minutes]
**Where:** [Type of place only, for example "café" or "phone"]

*Do not write full names, addresses, health details or anything else that could identify someone.
Send this record to the coordinator within [48 hours] and delete any copy on your own device once sent.*

## Check-in and check-out

- Checked in with: [Name]  Time: [ ]
- Checked out with: [Name]  Time: [ ]

## What we talked about

[Two or three short lines. Focus on goals and actions, not personal details.]

## Goals

| Goal | Progress this session |
|---|---|
| [ ] | [ ] |
| [ ] | [ ] |

## Actions agreed

| Action | Who | By when |
|---|---|---|
| [ ] | [Person supported / Peer Supporter] | [ ] |
| [ ] | [ ] | [ ] |

## Signposting

Any services or information suggested: [ ]

## Anything the coordinator needs to know?

- Concerns about safety or wellbeing: [None / See below]
- Anything about boundaries or the match: [ ]
- Do you need to talk to someone before the next session? [Yes / No]

If you have a safeguarding concern, do not wait to send this form. Call [safeguarding lead] on [phone] today.

**Next session:** [Date, time, type of place]
"""

TEMPLATES = [
    {
        "slug": "role-description",
        "title": "Peer Supporter role description",
        "filename": "peer-supporter-role-description.md",
        "description": "A two-page role description for volunteer Peer Supporters, ready to adapt.",
        "content": ROLE_DESCRIPTION,
    },
    {
        "slug": "person-specification",
        "title": "Peer Supporter person specification",
        "filename": "peer-supporter-person-specification.md",
        "description": "Essential and desirable criteria, with a simple scoring guide for two assessors.",
        "content": PERSON_SPECIFICATION,
    },
    {
        "slug": "referral-form",
        "title": "Referral form",
        "filename": "referral-form.md",
        "description": "One form for self-referrals and professional referrals, through to the first meeting.",
        "content": REFERRAL_FORM,
    },
    {
        "slug": "confidentiality-agreement",
        "title": "Confidentiality agreement",
        "filename": "confidentiality-agreement.md",
        "description": "Explains what stays private and when information may be shared, for one-to-one and groups.",
        "content": CONFIDENTIALITY_AGREEMENT,
    },
    {
        "slug": "risk-assessment",
        "title": "Risk assessment: meetings, venues and working alone",
        "filename": "risk-assessment-meetings-and-venues.md",
        "description": "Hazards, check-in and check-out steps and venue checks for meetings and groups.",
        "content": RISK_ASSESSMENT,
    },
    {
        "slug": "group-ground-rules",
        "title": "Group ground rules",
        "filename": "group-ground-rules.md",
        "description": "Ground rules to read at the start of every group meeting, with space to add your own.",
        "content": GROUP_GROUND_RULES,
    },
    {
        "slug": "supervision-record",
        "title": "Supervision record",
        "filename": "supervision-record.md",
        "description": "A simple structure for supervision sessions, including wellbeing and learning.",
        "content": SUPERVISION_RECORD,
    },
    {
        "slug": "session-record",
        "title": "One-to-one session record",
        "filename": "one-to-one-session-record.md",
        "description": "A short record of each meeting using initials only, with goals and agreed actions.",
        "content": SESSION_RECORD,
    },
]
