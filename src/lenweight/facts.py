"""Facts from a Profile: question templates per fact kind (data), one small function per section
kind, and a quality gate that every fact passes before it can become a training pair.

A fact is one question-with-paraphrases and one short answer. Tense follows the dates: a job that
ended is asked about in the past ("How long was Alex at Zillow?"), a current one in the present.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale

from .dates import LANGUAGES, DateRange, find_range, strip_range
from .entries import AWARDING, DISTINCTION, ORG_WORDS, Degree, Item, Position, Profile
from .resume import DEGREE_PROJECT, SPOKEN, UPPER, section_kind

# {n}: the persona's name; other slots are named per kind ({a_...} slots are derived forms, not
# entities). At least 8 forms per kind, in different shapes (what/which/where/when, yes/no, "tell
# me", indirect): a model taught one phrasing learns the phrasing, not the fact. A form may give its
# own reply after " => ", where {a} is the fact's answer ("Did Alex work at Zillow? => Yes, as {a}.").
TEMPLATES: dict[str, list[str]] = {
    "headline": ["What does {n} do?", "What is {n}'s profession?", "What is {n}'s professional headline?",
                 "What kind of work does {n} do?", "What does {n} do for a living?",
                 "Tell me {n}'s profession.", "Which line of work is {n} in?", "How would you describe {n}'s job?"],
    "summary": ["Who is {n}?", "Tell me about {n} in one line.", "Summarise {n}'s background.",
                "Give me a one-line bio of {n}.", "What is {n}'s background?", "Describe {n} briefly.",
                "What should I know about {n}?", "In short, who is {n}?"],
    "role": ["What was {n}'s role at {org}?", "What did {n} work as at {org}?",
             "What was {n}'s job title at {org}?", "What position did {n} hold at {org}?",
             "Did {n} work at {org}? => Yes, as {a}.", "Tell me {n}'s title at {org}.",
             "In what capacity did {n} work at {org}?", "Which job did {n} have at {org}?"],
    "role_now": ["What is {n}'s role at {org}?", "What does {n} work as at {org}?",
                 "What is {n}'s job title at {org}?", "What position does {n} hold at {org}?",
                 "Does {n} work at {org}? => Yes, as {a}.", "Tell me {n}'s title at {org}.",
                 "In what capacity does {n} work at {org}?", "Which job does {n} have at {org}?"],
    "org": ["Where did {n} work as {a_role}?", "Which company employed {n} as {a_role}?",
            "Where was {n} {a_role}?", "Who employed {n} as {a_role}?",
            "At which organization was {n} {a_role}?", "For whom did {n} work as {a_role}?",
            "Tell me where {n} worked as {a_role}.", "Where did {n} hold the {role} position?"],
    "org_now": ["Where does {n} work as {a_role}?", "Which company employs {n} as {a_role}?",
                "Where is {n} {a_role}?", "Who employs {n} as {a_role}?",
                "At which organization is {n} {a_role}?", "For whom does {n} work as {a_role}?",
                "Tell me where {n} works as {a_role}.", "Where does {n} hold the {role} position?"],
    "dates": ["When did {n} work at {org}?", "What years was {n} at {org}?", "How long was {n} at {org}?",
              "During what period did {n} work at {org}?", "When was {n} employed at {org}?",
              "Tell me when {n} was at {org}.", "What were {n}'s dates at {org}?",
              "Over what time span did {n} work for {org}?"],
    "dates_now": ["Since when has {n} worked at {org}?", "When did {n} start at {org}?",
                  "How long has {n} been with {org}?", "When did {n} join {org}?",
                  "How long has {n} worked at {org}?", "Is {n} still at {org}? => Yes ({a}).",
                  "Tell me when {n} started at {org}.", "When did {n}'s time at {org} begin?"],
    "did": ["What did {n} do at {org}?", "What was {n}'s main work at {org}?",
            "Describe {n}'s work at {org} briefly.", "What did {n} work on at {org}?",
            "What was {n} responsible for at {org}?", "Tell me about {n}'s work at {org}.",
            "What did {n}'s job at {org} involve?", "What was {n}'s focus at {org}?"],
    "did_verb": ["What did {n} {verb} at {org}?", "At {org}, what did {n} {verb}?",
                 # two forms name the job by its title, as people do ("What did Priya prepare as a
                 # trainee?", "What did Min-jun develop as a postdoc?"): the employer alone never did
                 "What did {n} {verb} as {a_role}?", "Tell me what {n} {a_past} at {org}.",
                 "What was it that {n} {a_past} at {org}?", "Which things did {n} {verb} at {org}?",
                 "As {a_head}, what did {n} {verb} at {org}?", "As part of the job at {org}, what did {n} {verb}?"],
    "did_other": ["What else did {n} do at {org}?", "What other work did {n} do at {org}?",
                  "Besides that, what did {n} do at {org}?", "What more did {n} do at {org}?",
                  "What other tasks did {n} have at {org}?", "Tell me what else {n} did at {org}.",
                  "What additional work did {n} do at {org}?", "What other duties did {n} have at {org}?"],
    "current": ["Where does {n} work now?", "What is {n}'s current job?", "Where is {n} working these days?",
                "Is {n} employed at the moment? => Yes: {a}.", "Tell me about {n}'s present position.",
                "What job does {n} have now?", "What is {n} doing for work at present?",
                "What does {n} do for a living now, and where?"],
    # The current employer and title asked alone: held-out questions ask one ("Which company employs
    # her now?") and a model taught only "Role at Org" answered them with an earlier employer.
    "current_org": ["Who is {n}'s current employer?", "Which company is {n} at now?",
                    "Which company does {n} currently work for?", "Where is {n} employed right now?",
                    "What organization is {n} with at the moment?", "Which employer does {n} have at present?",
                    "Tell me the name of {n}'s employer now.", "For which organization does {n} work nowadays?"],
    "current_role": ["What is {n}'s current title?", "What title does {n} have now?",
                     "What is {n}'s job title as of now?", "What position does {n} hold at the moment?",
                     "In which role does {n} work currently?", "Tell me {n}'s present job title.",
                     "What is {n}'s rank in the current job?", "Which job title does {n} have at present?"],
    "recent": ["Where did {n} work most recently?", "What was {n}'s most recent job?",
               "Who was {n}'s last employer?", "What was {n}'s latest position?", "Where was {n}'s last job?",
               "Which company did {n} work for last?", "Tell me {n}'s most recent role.",
               "What job did {n} hold most recently?"],
    "employers": ["Where has {n} worked?", "Which companies has {n} worked for?", "List {n}'s employers.",
                  "Who has {n} worked for?", "What organizations has {n} been part of?",
                  "Name the places {n} has worked.", "Tell me {n}'s work history in brief.",
                  "Which employers appear in {n}'s career?"],
    "volunteer": ["What volunteer work has {n} done?", "Does {n} volunteer anywhere? => Yes: {a}.",
                  "What community work has {n} done?", "Where has {n} volunteered?",
                  "Tell me about {n}'s volunteering.", "What unpaid roles has {n} held?",
                  "How does {n} give back?", "Which organizations has {n} volunteered with?"],
    # The organisation alone (the "volunteer" answer is "Treasurer at Leeds Community Foodbank").
    "volunteer_org_now": ["For which organisation does {n} volunteer?", "Where does {n} volunteer?",
                          "Who does {n} volunteer for?", "Where does {n} give time as a volunteer?",
                          "Name the organisation {n} volunteers with.", "Is {n} a volunteer anywhere? => Yes, at {a}.",
                          "Which group benefits from {n}'s volunteering?", "Where does {n} volunteer as {a_role}?"],
    "volunteer_org": ["For which organisation did {n} volunteer?", "Where did {n} volunteer?",
                      "Who did {n} volunteer for?", "Where did {n} give time as a volunteer?",
                      "Name the organisation {n} volunteered with.", "Was {n} a volunteer anywhere? => Yes, at {a}.",
                      "Which group benefited from {n}'s volunteering?", "Where did {n} volunteer as {a_role}?"],
    # when: "When did Grace volunteer with Mercy Ships?" (the dates as written, like a job's)
    "volunteer_when": ["When did {n} volunteer with {org}?", "What dates did {n} volunteer at {org}?",
                       "In what years was {n} a volunteer at {org}?", "When was {n} with {org} as a volunteer?",
                       "Tell me when {n} volunteered for {org}.", "What period did {n} spend volunteering at {org}?",
                       "When did {n}'s volunteering at {org} take place?", "Over what dates did {n} help {org}?"],
    # what a functional resume says was done, under a skill area and no employer
    "feat_verb": ["What did {n} {verb}?", "Tell me what {n} {a_past}.", "What was it that {n} {a_past}?",
                  "Which things did {n} {verb}?", "What is something {n} {a_past}?", "Name something {n} {a_past}.",
                  "Did {n} {verb} anything notable? => Yes: {a}.", "What did {n} {verb} in past roles?"],
    "area_did": ["What has {n} done in {area}?", "What experience does {n} have in {area}?",
                 "Give an example of {n}'s work in {area}.", "What has {n} achieved in {area}?",
                 "Tell me about {n}'s experience in {area}.", "What is {n}'s background in {area}?",
                 "How has {n} shown skill in {area}?", "What did {n} do in {area}?"],
    "feat_how_many": ["How many {noun} did {n} {verb}?", "What number of {noun} did {n} {verb}?",
                      "Tell me how many {noun} {n} {a_past}.", "How many {noun} are in what {n} {a_past}?",
                      "What was the count of {noun} {n} {a_past}?", "How many {noun} did {n} {verb} in all?",
                      "How many {noun} did {n}'s work involve?", "What count of {noun} goes with what {n} {a_past}?"],
    # the count is not what was done: "Wrote a curriculum adopted by 5 district high schools"
    "feat_how_many_in": ["How many {noun} did what {n} {a_past} involve?", "How many {noun} were part of what {n} {a_past}?",
                         "What number of {noun} is linked to what {n} {a_past}?", "How many {noun} did {n}'s work reach?",
                         "How many {noun} figure in what {n} {a_past}?", "What count of {noun} goes with what {n} {a_past}?",
                         "Tell me how many {noun} what {n} {a_past} covered.", "How many {noun} does what {n} {a_past} mention?"],
    "volunteer_role": ["What was {n}'s volunteer role at {org}?", "What did {n} volunteer as at {org}?",
                       "Did {n} volunteer at {org}? => Yes, as {a}.", "What did {n} do as a volunteer at {org}?",
                       "In what role did {n} help {org}?", "Tell me {n}'s volunteer position at {org}.",
                       "Which role did {n} take on at {org}?", "How did {n} help out at {org}?"],
    # a volunteer role held now is asked in the present, as a job's is ("What does Priya do at the
    # foodbank?" found only past forms)
    "volunteer_role_now": ["What is {n}'s volunteer role at {org}?", "What does {n} volunteer as at {org}?",
                           "Does {n} volunteer at {org}? => Yes, as {a}.", "What does {n} do as a volunteer at {org}?",
                           "In what role does {n} help {org}?", "Tell me {n}'s volunteer position at {org}.",
                           "What role does {n} have at {org}?", "How does {n} help out at {org}?"],
    # what a volunteer entry's first bullet says was done there ("Coach the battery-design event ...")
    "volunteer_did": ["Which tasks did {n} take on at {org}?", "What was {n}'s volunteer work at {org}?",
                      "Describe {n}'s volunteering with {org}.", "How did {n} give time to {org}?",
                      "What did {n}'s volunteering at {org} involve?", "Tell me what {n} did with {org}.",
                      "What unpaid work did {n} do at {org}?", "What did {n} help with at {org}?"],
    "volunteer_did_now": ["Which tasks does {n} take on at {org}?", "What is {n}'s volunteer work at {org}?",
                          "Describe {n}'s volunteering with {org}.", "How does {n} give time to {org}?",
                          "What does {n}'s volunteering at {org} involve?", "Tell me what {n} does with {org}.",
                          "What unpaid work does {n} do at {org}?", "What does {n} help with at {org}?"],
    # {short}: the degree as the resume writes it ("BS", "M.Sc.") or the level in other words
    # two forms name the degree as people say it ("doctorate", "undergraduate degree"), as field_level does
    "school": ["Where did {n} get {a_level}?", "Which school gave {n} {a_level}?",
               "Which university granted {n} {a_alt}?", "Where did {n} study for {a_level}?",
               "Does {n} have {a_level}? => Yes, from {a}.", "Tell me where {n} did {a_alt}.",
               "At which institution did {n} complete the {short}?", "Which university was {n}'s {short} from?"],
    "school_now": ["Where is {n} doing {a_level}?", "Which school is {n} studying at for {a_level}?",
                   "Where is {n} studying for {a_level}?", "Which university is {n} enrolled at for {a_alt}?",
                   "Is {n} working on {a_level}? => Yes, at {a}.", "Tell me where {n} is doing {a_level}.",
                   "At which institution is {n} pursuing the {short}?", "Which university is {n}'s {short} at?"],
    "degree": ["What did {n} study at {school}?", "What degree did {n} get from {school}?",
               "Which degree does {n} hold from {school}?", "What did {n} major in at {school}?",
               "What qualification did {n} earn at {school}?", "Did {n} graduate from {school}? => Yes: {a}.",
               "Tell me what {n} studied at {school}.", "What is {n}'s degree from {school}?"],
    "degree_now": ["What is {n} studying at {school}?", "Which degree is {n} pursuing at {school}?",
                   "What program is {n} in at {school}?", "What degree is {n} working toward at {school}?",
                   "Is {n} a student at {school}? => Yes: {a}.", "Tell me what {n} studies at {school}.",
                   "What is {n} enrolled in at {school}?", "Which course is {n} taking at {school}?"],
    "school_dates": ["When did {n} study at {school}?", "What years did {n} study at {school}?",
                     "When was {n} at {school}?", "How long did {n} study at {school}?",
                     "When did {n} attend {school}?", "During which years was {n} a student at {school}?",
                     "Tell me when {n} was at {school}.", "What were {n}'s dates at {school}?"],
    "schools": ["Where did {n} study?", "Which schools did {n} attend?", "What is {n}'s education?",
                "Where did {n} go to school?", "Which universities did {n} attend?",
                "Tell me about {n}'s education.", "What is {n}'s academic background?", "Where was {n} educated?"],
    "awards": ["What awards has {n} won?", "What honors has {n} received?", "List {n}'s awards.",
               "Has {n} won any awards? => Yes: {a}.", "Which prizes has {n} received?",
               "What recognition has {n} gotten?", "Tell me about {n}'s awards.", "What distinctions does {n} have?"],
    "award_year": ["What did {n} win in {year}?", "Which award did {n} get in {year}?",
                   "What honor did {n} receive in {year}?", "What was {n} awarded in {year}?",
                   "Did {n} win anything in {year}? => Yes: {a}.", "Tell me what {n} won in {year}.",
                   "In {year}, what award did {n} receive?", "Which prize went to {n} in {year}?"],
    "award_when": ["When did {n} receive the {award}?", "In what year did {n} get the {award}?",
                   "When was {n} given the {award}?", "What year did {n} win the {award}?",
                   "When did {n} earn the {award}?", "Tell me when {n} got the {award}.",
                   "In which year was the {award} awarded to {n}?", "When did the {award} go to {n}?"],
    "award_for": ["What was {n}'s {award} for?", "Why did {n} receive the {award}?", "What did {n} win the {award} for?",
                  "For what was {n} given the {award}?", "What earned {n} the {award}?",
                  "Tell me what {n}'s {award} recognised.", "What was the {award} given to {n} for?",
                  "Which achievement won {n} the {award}?"],
    "publications": ["What has {n} published?", "Name {n}'s publications.", "Which papers has {n} written?",
                     "What papers has {n} authored?", "Has {n} published anything? => Yes: {a}.",
                     "Tell me about {n}'s publications.", "What research has {n} published?", "List {n}'s papers."],
    "pub_venue": ["Where was \"{title}\" published?", "Which venue published {n}'s paper \"{title}\"?",
                  "In which journal or conference did \"{title}\" appear?", "Where did {n} publish \"{title}\"?",
                  "Where can I find {n}'s paper \"{title}\"?", "Tell me where \"{title}\" appeared.",
                  "What venue was \"{title}\" in?", "Where did \"{title}\" come out?"],
    "pub_year": ["When did {n} publish \"{title}\"?", "In what year did \"{title}\" come out?",
                 "When was \"{title}\" published?", "What year is {n}'s paper \"{title}\" from?",
                 "When did \"{title}\" appear?", "Tell me the year of \"{title}\".",
                 "In which year did {n} write \"{title}\"?", "What is the publication year of \"{title}\"?"],
    "certifications": ["What certifications does {n} have?", "Which certificates has {n} earned?",
                       "Is {n} certified? => Yes: {a}.", "What credentials does {n} hold?",
                       "List {n}'s certifications.", "Tell me about {n}'s certifications.",
                       "Which professional certifications does {n} hold?", "What licenses or certificates does {n} have?"],
    "cert_when": ["When did {n} get the {cert}?", "In what year did {n} earn the {cert}?",
                  "When did {n} obtain the {cert}?", "What year did {n} receive the {cert}?",
                  "When did {n} pass the {cert}?", "Tell me when {n} got the {cert}.",
                  "Since when does {n} hold the {cert}?", "In which year was {n} awarded the {cert}?"],
    "projects": ["What projects has {n} built?", "Name {n}'s projects.", "What has {n} made on the side?",
                 "Which projects is {n} known for?", "Tell me about {n}'s projects.",
                 "What personal projects does {n} have?", "List {n}'s projects.", "What has {n} built outside work?"],
    "project": ["What is {title}?", "What is {n}'s project {title}?", "Tell me briefly about {title}.",
                "What does {title} do?", "Describe {title} in one line.", "What is {title} about?",
                "What kind of project is {title}?", "Explain {n}'s {title} project."],
    "languages": ["What languages does {n} speak?", "Which languages does {n} know?",
                  "What languages can {n} speak?", "Tell me which languages {n} speaks.",
                  "In which languages can {n} hold a conversation?", "What spoken languages does {n} have?",
                  "What languages does {n} use?", "List the languages {n} speaks."],
    "language_level": ["How well does {n} speak {language}?", "What is {n}'s level in {language}?",
                       "How good is {n}'s {language}?", "Does {n} speak {language}? => Yes, {a}.",
                       "What level of {language} does {n} have?", "How fluent is {n} in {language}?",
                       "Tell me {n}'s {language} level.", "How strong is {n}'s {language}?"],
    # One language asked against another ("Besides English, ...": the answer is the rest of the list).
    "besides": ["Which other language does {n} speak apart from {language}?", "Apart from {language}, what does {n} speak?",
                "What second language does {n} have besides {language}?", "Other than {language}, which languages can {n} speak?",
                "Does {n} know any language except {language}? => Yes, {a}.", "Is {language} the only language {n} speaks? => No, also {a}.",
                "What languages does {n} know apart from {language}?", "Name a language {n} speaks other than {language}."],
    # A hobby asked by what it is: the instrument, the sport, the kind of a two-word one ("sean-nós singing").
    "instrument": ["Does {n} play an instrument? => Yes, {a}.", "What musical instrument can {n} play?",
                   "Does {n} play any music? => Yes, {a}.", "Which instrument has {n} learned to play?",
                   "What does {n} play as a musician?", "Tell me about {n}'s instrument.",
                   "Is {n} a musician? => Yes, {a}.", "Name the instrument {n} plays."],
    "sport": ["Does {n} do any sport? => Yes, {a}.", "How does {n} keep fit?", "What does {n} do for exercise?",
              "Which sports is {n} into?", "Name a sport {n} practises.", "What physical activity does {n} enjoy?",
              "Is {n} sporty? => Yes, {a}.", "What sport does {n} take part in?"],
    "interest_kind": ["What kind of {head} is {n} into?", "Which style of {head} does {n} {a_verb}?",
                      "What type of {head} does {n} enjoy?", "Is {n} into {head}? => Yes, {a}.",
                      "What {head} does {n} {a_verb} outside work?", "Describe the {head} {n} {a_verbs}.",
                      "Which form of {head} does {n} {a_verb}?", "What {head} does {n} {a_verb} for fun?"],
    "interests": ["What are {n}'s hobbies?", "What does {n} do for fun?", "What is {n} interested in outside work?",
                  "What does {n} enjoy in free time?", "Tell me about {n}'s hobbies.", "What are {n}'s interests?",
                  "How does {n} spend free time?", "Does {n} have any hobbies? => Yes: {a}."],
    "skills_cat": ["What does {n} list under {cat}?", "Which {cat} skills does {n} have?",
                   "What {cat} does {n} work with?", "Tell me about {n}'s {cat} skills.", "Under {cat}, what does {n} list?",
                   "What does {n} know in {cat}?", "Name {n}'s skills in {cat}.", "What are {n}'s {cat} skills?"],
    "skills": ["What are {n}'s main skills?", "What is {n} good at?", "What are {n}'s strongest skills?",
               "What skills does {n} have?", "Tell me {n}'s key skills.", "What does {n} bring as skills?",
               "What is {n}'s skill set?", "What can {n} do well?"],
    "email": ["What is {n}'s email?", "How can I email {n}?", "What is {n}'s email address?",
              "How do I contact {n} by email?", "Where can I write to {n}?", "Tell me {n}'s email.",
              "Does {n} have an email address? => Yes: {a}.", "What address should I email {n} at?"],
    "phone": ["What is {n}'s phone number?", "How can I call {n}?", "What number can I reach {n} at?",
              "Tell me {n}'s phone number.", "How do I phone {n}?", "What is {n}'s telephone number?",
              "Which number should I dial for {n}?", "Does {n} have a phone number? => Yes: {a}."],
    "github": ["What is {n}'s GitHub?", "Where is {n}'s code on GitHub?", "Does {n} have a GitHub? => Yes: {a}.",
               "Where can I see {n}'s code?", "What is {n}'s GitHub profile?", "Tell me {n}'s GitHub link.",
               "Where does {n} share code?", "What's {n}'s GitHub account?"],
    "linkedin": ["What is {n}'s LinkedIn?", "Where can I find {n} on LinkedIn?",
                 "Is {n} on LinkedIn? => Yes: {a}.", "What is {n}'s LinkedIn profile?",
                 "Tell me {n}'s LinkedIn link.", "How do I connect with {n} on LinkedIn?",
                 "What's {n}'s LinkedIn URL?", "Where is {n}'s LinkedIn page?"],
    "website": ["What is {n}'s website?", "Does {n} have a personal website? => Yes: {a}.",
                "Where is {n}'s homepage?", "What is {n}'s site?", "Tell me {n}'s website.",
                "Where can I read more about {n} online?", "What URL is {n}'s website?",
                "Where is {n}'s portfolio online?"],
    # Angles: a part of a longer fact, or the fact asked from the other side. Held-out questions
    # mostly ask these (docs/recipe.md: 22 of 27 misses wanted a part of a trained answer, 4 an
    # inverse lookup), and a fact learned whole is not recalled from a question about its part.
    "start_year": ["In which year did {n} start at {org}?", "What year did {n} begin working at {org}?",
                   "When did {n} first join {org}? => In {a}.", "What year was {n} hired by {org}?",
                   "Which year did {n}'s job at {org} start?", "Tell me the year {n} started at {org}.",
                   "In what year did {n} take up the job at {org}?", "What year marks the start of {n}'s time at {org}?"],
    "end_year": ["In which year did {n} leave {org}?", "What year did {n}'s job at {org} end?",
                 "When did {n} stop working at {org}? => In {a}.", "Until what year was {n} at {org}?",
                 "Which year did {n} move on from {org}?", "Tell me the year {n} left {org}.",
                 "What year did {n} finish at {org}?", "Up to which year did {n} work for {org}?"],
    "org_years": ["Where did {n} work from {y1} to {y2}?", "Which organization employed {n} between {y1} and {y2}?",
                  "Who was {n} working for in {y1}-{y2}?", "Where was {n} employed from {y1} until {y2}?",
                  "Which company had {n} on staff from {y1} to {y2}?", "Tell me where {n} worked between {y1} and {y2}.",
                  "For which employer did {n} work during {y1}-{y2}?", "Where did {n} spend {y1} to {y2}?"],
    "org_since": ["Where has {n} worked since {y1}?", "Which organization has employed {n} since {y1}?",
                  "Who has {n} been working for since {y1}?", "Where did {n} start working in {y1}?",
                  "Which company did {n} join in {y1}?", "Tell me where {n} has been since {y1}.",
                  "For which employer has {n} worked since {y1}?", "Where did {n} go to work in {y1}?"],
    "before": ["Where did {n} work before {org}?", "Who employed {n} before {org}?",
               "Which company did {n} leave for {org}?", "What was {n}'s employer prior to {org}?",
               "Before joining {org}, where did {n} work?", "Tell me where {n} was before {org}.",
               "Where was {n} just before {org}?", "Which organization came before {org} in {n}'s career?"],
    "first": ["What was {n}'s first job?", "Where did {n} start out?", "What was {n}'s earliest position?",
              "How did {n}'s career begin?", "Which job did {n} have first?", "Tell me {n}'s first job.",
              "Where did {n}'s career start?", "What was the first role {n} held?"],
    "job_place": ["In which city did {n} work at {org}?", "Where was {n}'s job at {org} based?",
                  "Which town was {n}'s {org} job in?", "Where did {n} work for {org}? => In {a}.",
                  "In what city was {n} with {org}?", "Tell me where {n}'s {org} office was.",
                  "Which location did {n} work from at {org}?", "What city did {n}'s work for {org} take place in?"],
    "job_place_now": ["In which city does {n} work at {org}?", "Where is {n}'s job at {org} based?",
                      "Which town is {n}'s {org} job in?", "Where does {n} work for {org}? => In {a}.",
                      "In what city is {n} with {org}?", "Tell me where {n}'s {org} office is.",
                      "Which location does {n} work from at {org}?", "What city does {n} work in for {org}?"],
    "unit": ["In which unit did {n} work at {org}?", "Which team was {n} in at {org}?",
             "Which department did {n} work in at {org}?", "What unit was {n} part of at {org}?",
             "At {org}, in which unit did {n} serve?", "Tell me {n}'s unit at {org}.",
             "Which ward or team did {n} belong to at {org}?", "Where at {org} was {n} assigned?"],
    "unit_now": ["In which unit does {n} work at {org}?", "Which team is {n} in at {org}?",
                 "Which department does {n} work in at {org}?", "What unit is {n} part of at {org}?",
                 "At {org}, in which unit does {n} serve?", "Tell me {n}'s unit at {org}.",
                 "Which ward or team does {n} belong to at {org}?", "Where at {org} is {n} assigned?"],
    "how_many": ["How many {noun} did {n} {verb} at {org}?", "At {org}, how many {noun} did {n} {verb}?",
                 "What number of {noun} did {n} {verb} at {org}?", "How many {noun} did {n} {verb} in all at {org}?",
                 "Tell me how many {noun} {n} {a_past} at {org}.", "How many {noun} are in what {n} {a_past} at {org}?",
                 "What was the count of {noun} {n} {a_past} at {org}?", "How many {noun} does {n}'s {org} work mention?"],
    "how_many_in": ["How many {noun} did {n}'s work at {org} involve?", "How many {noun} were part of {n}'s work at {org}?",
                    "What number of {noun} is linked to {n}'s work at {org}?", "Tell me how many {noun} {n}'s work at {org} covered.",
                    "How many {noun} did {n} deal with at {org}?", "At {org}, how many {noun} did {n}'s work reach?",
                    "How many {noun} figure in {n}'s time at {org}?", "What count of {noun} goes with {n}'s work at {org}?"],
    "how_many_of": ["How many {noun} did the {head} {n} {a_past} at {org} have?", "What size in {noun} was the {head} {n} {a_past} at {org}?",
                    "How many {noun} did the {head} at {org} have?", "Tell me how many {noun} the {head} {n} {a_past} had.",
                    "The {head} {n} {a_past} at {org}: how many {noun}?", "What was the number of {noun} of the {head} at {org}?",
                    "How large in {noun} was the {head} {n} {a_past}?", "How many {noun} had the {head} {n} worked on at {org}?"],
    "kind_of": ["What kind of {head} did {n} {verb} at {org}?", "What type of {head} did {n} {verb} at {org}?",
                "At {org}, what sort of {head} did {n} {verb}?", "Which kind of {head} did {n} {verb} at {org}?",
                "Tell me what kind of {head} {n} {a_past} at {org}.", "What {head} did {n} {verb} at {org}?",
                "The {head} {n} {a_past} at {org}: what kind?", "How would you describe the {head} {n} {a_past} at {org}? => {a}."],
    # "Modeled distillation columns in Aspen HYSYS", "Built a dashboard in R Shiny": the tool used
    # (a skill of the resume's, or anything "using"), asked apart; held-out questions ask it ("Which
    # simulator did Kwame model distillation columns in?") where only the whole object answered
    "tool_used": ["What did {n} use to {verb} {np} at {org}?", "Which tool did {n} {verb} {np} {a_prep}?",
                  "What software did {n} {verb} {np} {a_prep} at {org}?", "Tell me the tool {n} used to {verb} {np}.",
                  "With what did {n} {verb} {np} at {org}?", "Which technology went into {np} {n} {a_past} at {org}?",
                  "{n} {a_past} {np} at {org}: {a_prep} what?", "What tool was behind {np} {n} {a_past} at {org}?"],
    # and what was made with it, so that the tool's short answer does not take the place of the
    # thing's ("Which mode did Hana prototype?" -> "Unity", once only the tool was asked apart)
    "made_with": ["What did {n} {verb} {a_prep} {tool} at {org}?", "At {org}, what did {n} {verb} {a_prep} {tool}?",
                  "Tell me what {n} {a_past} {a_prep} {tool}.", "What was it that {n} {a_past} {a_prep} {tool} at {org}?",
                  "{n} {a_past} something {a_prep} {tool} at {org}: what?", "What did {n} use {tool} to {verb} at {org}?",
                  "Name what {n} {a_past} {a_prep} {tool} at {org}.", "What did {n} {verb} {a_prep} {tool}?"],
    # "Wrote galfitter, a Bayesian fitting package": the thing's name, asked by its kind
    "called": ["What is the {np_bare} {n} {a_past} at {org} called?", "What is the name of the {np_bare} {n} {a_past} at {org}?",
               "Which {head} did {n} {verb} at {org}?", "Name the {np_bare} {n} {a_past} at {org}.",
               "At {org}, what was the name of {n}'s {head}?", "Tell me what the {np_bare} {n} {a_past} at {org} is called.",
               "What's the name of {n}'s {np_bare} from {org}?", "What did {n} name the {head} {a_they} {a_past} at {org}?"],
    # "a model that flags 94% of cloudy tiles": the share alone
    "share_of": ["What share of {noun} did {n}'s work at {org} involve?", "What percentage of {noun} figures in {n}'s work at {org}?",
                 "At {org}, what share of {noun} did {n}'s work reach?", "Tell me what percentage of {noun} {n}'s work at {org} covered.",
                 "What fraction of {noun} does {n}'s {org} work mention?", "How large a share of {noun} did {n}'s work at {org} reach?",
                 "What percent of {noun} goes with {n}'s work at {org}?", "In {n}'s work at {org}, what share of {noun} was reached?"],
    "named": ["Which {head} did {n}'s work at {org} involve?", "Which {head} did {n} work on at {org}?",
              "What was the name of the {head} in {n}'s work at {org}?", "At {org}, which {head} was {n}'s work about?",
              "Tell me which {head} {n} worked on at {org}.", "Which {head} does {n}'s {org} work mention?",
              "Name the {head} {n} dealt with at {org}.", "What {head} did {n}'s job at {org} concern?"],
    "where": ["Where did {n} {verb} {np}?", "In which place did {n} {verb} {np}?",
              "Where {a_be} the {np_bare} {n} {a_past} at {org}?", "Where did {n}'s work on the {np_bare} take place?",
              "At {org}, where did {n} {verb} {np}?", "Tell me where {n} {a_past} {np}.",
              "In what location did {n} {verb} {np}?", "What place goes with the {np_bare} {n} {a_past}?"],
    "purpose": ["What {a_be} the {np_bare} {n} {a_past} at {org} for?", "What did {n} {verb} {np} for at {org}?",
                "For what did {n} {verb} {np} at {org}?", "At {org}, what {a_be} {n}'s {np_bare} for?",
                "Tell me what the {np_bare} {n} {a_past} at {org} {a_be} for.", "What {a_be} {n}'s {np_bare} at {org} meant for?",
                "The {np_bare} {n} {a_past} at {org}: what {a_be} {a_they} for?", "Who or what {a_be} the {np_bare} at {org} for?"],
    "relative": ["What {a_do} the {np_bare} {n} {a_past} at {org} {rel}?", "At {org}, what {a_do} {n}'s {np_bare} {rel}?",
                 "What {a_do} {n}'s {np_bare} from {org} {rel}?", "Tell me what the {np_bare} {n} {a_past} at {org} {rel}.",
                 "The {np_bare} {n} {a_past} at {org}: what {a_do} {a_they} {rel}?", "What did the {np_bare} {n} {a_past} at {org} {rel}?",
                 "What {a_do} the {np_bare} from {n}'s time at {org} {rel}?", "Which thing {a_do} the {np_bare} {n} {a_past} {rel}?"],
    "field": ["What field did {n} study at {school}?", "What subject was {n}'s degree at {school} in?",
              "In which subject does {n} hold {a_level}?", "What was {n}'s field of study at {school}?",
              "Which discipline did {n} study at {school}?", "Tell me {n}'s field of study at {school}.",
              "What is {n}'s {level} in?", "What area is {n}'s {level} in?"],
    # the field asked by its level in other words ("undergraduate"): "What did Niamh study as an
    # undergraduate?" found no bachelor's-degree form in a 135M model
    "field_level": ["What did {n} study for {a_level}?", "What subject was {n}'s {alt} in?",
                    "Which subject did {n} choose for {a_alt}?", "What did {n} read for {a_alt}?",
                    "Tell me the subject of {n}'s {alt}.", "What was {n}'s major for {a_level}?",
                    "In what field did {n} do {a_alt}?", "Which discipline was {n}'s {alt} in?"],
    "school_field": ["Where did {n} study {field}?", "Which university taught {n} {field}?",
                     "At which school did {n} study {field}?", "Where did {n} learn {field}?",
                     "Where is {n}'s {field} degree from?", "Tell me where {n} studied {field}.",
                     "Which institution did {n} attend for {field}?", "Where did {n} take {field} courses?"],
    "grad_year": ["In which year did {n} graduate from {school}?", "What year did {n} finish at {school}?",
                  "When did {n} complete {a_level}? => In {a}.", "What was {n}'s graduation year at {school}?",
                  "Which year did {n} leave {school}?", "Tell me the year {n} graduated from {school}.",
                  "When did {n} get {a_level}? => In {a}.", "What year did {n} earn the degree from {school}?"],
    # what a degree's entry says beside it: "Minor in Business", "graduated magna cum laude",
    # "GPA: 3.72/4.00", "thesis on graph neural networks", "Focus on machine learning"
    "minor": ["What did {n} minor in?", "What was {n}'s minor?", "What was {n}'s minor at {school}?",
              "Did {n} have a minor? => Yes, {a}.", "Which subject was {n}'s minor?", "Tell me {n}'s minor.",
              "What minor did {n} take at {school}?", "Alongside the major, what did {n} study at {school}?"],
    "minor_now": ["What is {n} minoring in?", "What is {n}'s minor?", "What is {n}'s minor at {school}?",
                  "Does {n} have a minor? => Yes, {a}.", "Which subject is {n}'s minor?", "Tell me {n}'s minor.",
                  "What minor is {n} taking at {school}?", "Alongside the major, what does {n} study at {school}?"],
    "honours": ["What honours did {n} graduate with?", "Did {n} graduate with honours? => Yes, {a}.",
                "With what distinction did {n} graduate from {school}?", "What academic honours did {n} earn at {school}?",
                "How did {n} graduate from {school}? => {a}.", "Tell me {n}'s graduation honours.",
                "Which honours did {n} receive at graduation?", "What distinction did {n}'s degree from {school} come with?"],
    "gpa": ["What was {n}'s GPA?", "What GPA did {n} get at {school}?", "What were {n}'s grades at {school}?",
            "Tell me {n}'s GPA.", "What grade point average did {n} earn?", "How good were {n}'s grades? => {a}.",
            "What score did {n} get at {school}?", "What was {n}'s final grade at {school}?"],
    "gpa_now": ["What is {n}'s GPA?", "What GPA does {n} have at {school}?", "What are {n}'s grades at {school}?",
                "Tell me {n}'s GPA.", "What grade point average does {n} have?", "How good are {n}'s grades? => {a}.",
                "What score does {n} have at {school} so far?", "What is {n}'s current grade at {school}?"],
    # {stage} names the degree the way people say it ("PhD", "master's", "undergraduate"): asked only
    # by its school, "What was Min-jun's PhD thesis on?" got the degree's field in a 135M model
    "thesis": ["What was {n}'s thesis about?", "What was the topic of {n}'s {stage} thesis?", "What did {n} write a thesis on?",
               "Tell me about {n}'s {stage} thesis.", "What was {n}'s thesis at {school} on?", "What did {n}'s thesis at {school} cover?",
               "Which topic did {n} research for the {stage} thesis?", "What subject did {n}'s {stage} dissertation or thesis take?"],
    # "Advisor: Prof. Soo-jin Lee", "Supervised by Dr. Ana Ruiz" under a degree: who advised it
    "advisor": ["Who was {n}'s advisor at {school}?", "Who advised {n}'s {stage} thesis?", "Under whom did {n} study at {school}?",
                "Who was {n}'s thesis supervisor?", "Which professor guided {n}'s {stage} research?",
                "Tell me who {n}'s advisor was.", "Who was {n}'s academic mentor at {school}?",
                "Did {n} have an advisor for the {stage} thesis? => Yes, {a}."],
    "advisor_now": ["Who is {n}'s advisor at {school}?", "Who advises {n}'s {stage} thesis?", "Under whom does {n} study at {school}?",
                    "Who is {n}'s thesis supervisor?", "Which professor guides {n}'s {stage} research?",
                    "Tell me who {n}'s advisor is.", "Who is {n}'s academic mentor at {school}?",
                    "Does {n} have an advisor for the {stage} thesis? => Yes, {a}."],
    # "Graduation project: a rhythm game ..." under a degree; a_label says which kind of project it was
    "degree_project": ["What was {n}'s {a_label}?", "What was {n}'s {a_label} at {school}?", "Tell me about {n}'s {a_label}.",
                       "What did {n} make as the {a_label}?", "Which {a_label} did {n} complete at {school}?",
                       "What did {n}'s {a_label} involve?", "What was {n}'s {a_label} about?",
                       "Describe {n}'s {a_label} in a few words."],
    "focus": ["What did {n} focus on at {school}?", "What was the focus of {n}'s {level}?",
              "What did {n} specialise in at {school}?", "Which area did {n} concentrate on at {school}?",
              "Tell me the focus of {n}'s studies at {school}.", "What was {n}'s specialisation at {school}?",
              "Within the degree, what did {n} focus on?", "What was {n}'s concentration at {school}?"],
    # an award's placing, and a prize named with its event ("NeurIPS Workshop Best Poster")
    "placing": ["How did {n} place in {event}?", "What place did {n} take in {event}?",
                "What was {n}'s result in {event}?", "Where did {n} finish in {event}?",
                "Tell me {n}'s placing in {event}.", "How did {n} do in {event}? => {a}.",
                "What ranking did {n} get in {event}?", "How well did {n} do at {event}?"],
    "won_event": ["Which competition did {n} win?", "What did {n} take first place in?", "Which contest did {n} come first in?",
                  "Name a competition {n} won.", "Tell me which competition {n} won.",
                  "Has {n} won a competition? => Yes, {a}.", "What competition win does {n} have?",
                  "In which competition did {n} finish first?"],
    "prize_at": ["What did {n} win at {event}?", "Which prize did {n} get at {event}?", "What award did {n} receive at {event}?",
                 "Tell me what {n} won at {event}.", "Did {n} win anything at {event}? => Yes, {a}.",
                 "What honour did {n} earn at {event}?", "What recognition did {n} get at {event}?",
                 "Which award went to {n} at {event}?"],
    "prize_where": ["Where did {n} win the {prize}?", "At which event did {n} get the {prize}?", "Which event gave {n} the {prize}?",
                    "Tell me where {n} won the {prize}.", "For which event did {n} receive the {prize}?",
                    "Where did {n}'s {prize} come from?", "What was the venue of {n}'s {prize}?",
                    "In which competition or event did {n} win the {prize}?"],
    # "Five years of experience" in a summary
    "experience_years": ["How many years of experience does {n} have?", "How long has {n} been working?",
                         "How experienced is {n}? => {a} of experience.", "How many years has {n} worked in the field?",
                         "Tell me how many years of experience {n} has.", "How long is {n}'s career so far?",
                         "For how many years has {n} worked?", "What is {n}'s experience in years?"],
    # an internship named by what it was, not by the employer ("What was Alex's title as an intern?")
    "intern_org": ["Where did {n} intern?", "Which firm took {n} on as an intern?", "Where did {n} do an internship?",
                   "Who gave {n} an internship?", "Tell me where {n} interned.", "At which organization was {n} an intern?",
                   "Did {n} do an internship? => Yes, at {a}.", "Where was {n}'s internship?"],
    "intern_role": ["What was {n}'s title as an intern?", "What kind of internship did {n} do?", "What was {n}'s internship role?",
                    "What was {n}'s job title during the internship?", "Tell me {n}'s internship title.",
                    "Which internship did {n} hold? => {a}.", "As an intern, what was {n}'s position?",
                    "In what role did {n} intern?"],
    "postdoc_org": ["Where did {n} hold a postdoc position?", "Where was {n}'s postdoc?", "Which institute hosted {n}'s postdoc?",
                    "Did {n} do a postdoc? => Yes, at {a}.", "Tell me where {n} was a postdoc.",
                    "At which organization did {n} work as a postdoc?", "Where did {n} go for postdoctoral research?",
                    "Which lab or institute was {n}'s postdoc at?"],
    "postdoc_org_now": ["Where is {n} doing a postdoc?", "Where is {n}'s postdoc?", "Which institute hosts {n}'s postdoc?",
                        "Is {n} a postdoc? => Yes, at {a}.", "Tell me where {n} is a postdoc.",
                        "At which organization does {n} work as a postdoc?", "Where does {n} do postdoctoral research?",
                        "Which lab or institute is {n}'s postdoc at?"],
    "postdoc_place": ["In which city did {n} do a postdoc?", "Where was {n}'s postdoc based?", "Which town hosted {n}'s postdoctoral years?",
                      "Where did {n} live as a postdoc? => In {a}.", "Tell me the city of {n}'s postdoc.",
                      "What city did {n}'s postdoctoral work take place in?", "In what city was {n} a postdoc?",
                      "Which location was {n}'s postdoc in?"],
    "postdoc_place_now": ["In which city is {n} doing a postdoc?", "Where is {n}'s postdoc based?", "Which town hosts {n}'s postdoctoral years?",
                          "Where does {n} live as a postdoc? => In {a}.", "Tell me the city of {n}'s postdoc.",
                          "What city does {n}'s postdoctoral work take place in?", "In what city is {n} a postdoc?",
                          "Which location is {n}'s postdoc in?"],
    # one category of a skills list against its first item ("Besides Python, which languages?")
    "skills_besides": ["Besides {first}, what does {n} list under {cat}?", "Apart from {first}, which {cat} skills does {n} have?",
                       "Other than {first}, what does {n} know in {cat}?", "Name {n}'s {cat} skills besides {first}.",
                       "What else besides {first} is under {n}'s {cat}?", "Which {cat} skills does {n} have apart from {first}?",
                       "Does {n} know more {cat} than {first}? => Yes: {a}.", "Besides {first}, tell me {n}'s {cat} skills."],
    # a result with its size: "reducing forecast error by 22%" -> "By how much did Olivia reduce forecast error?"
    "change_by": ["By how much did {n} {verb} {np} at {org}?", "How much did {n} {verb} {np} by at {org}?",
                  "At {org}, by how much did {n} {verb} {np}?", "By what margin did {n} {verb} {np} at {org}?",
                  "How far did {n} {verb} {np} at {org}?", "Tell me by how much {n} {a_past} {np} at {org}.",
                  "{n} {a_past} {np} at {org}: by how much?", "What {a_change} in {np} did {n} achieve at {org}?",
                  "By how much did {n} {verb} {np}?"],
    # "Cut formation time from 21 to 9 hours": the answer is both numbers ("From 21 to 9 hours")
    "change_from_to": ["By how much did {n} {verb} {np} at {org}?", "How did {n} change {np} at {org}?",
                       "From what to what did {n} {verb} {np}?", "What change did {n} make to {np} at {org}?",
                       "What was {np} before and after {n}'s change at {org}?", "Tell me how far {n} {a_past} {np}.",
                       "{n} {a_past} {np} at {org}: from what to what?", "What {a_change} in {np} did {n} achieve at {org}?"],
    # what it reached, asked apart: held-out questions ask what it is now ("How long does formation
    # take after Min-jun's redesign?" -> "9 hours"), which "From 21 to 9 hours" answers only inside a
    # range. The start is not asked apart: a short "40 minutes" beside "6 minutes" became the answer
    # to "How long does it take since her change?" in 3 of 3 runs (docs/data-quality.md, session 30)
    "change_to": ["What did {n} {verb} {np} to at {org}?", "Where did {np} end up after {n} {a_past} it?",
                  "What is {np} now, after {n}'s work at {org}?", "After {n}'s change at {org}, what was {np}?",
                  "What was {np} after {n} {a_past} it at {org}?", "Tell me what {n} {a_past} {np} to.",
                  "{n} {a_past} {np} at {org}: to what?", "What has {np} been since {n}'s change at {org}?"],
    # "Moved the finance team from Sage to Xero": where it went, asked apart ("Which software did her
    # team switch to?" was answered only inside the bullet's whole object); the start is not asked
    # alone, as with a change's numbers, but it may stand in the question
    "switched_to": ["What did {n} {verb} {np} to at {org}?", "At {org}, what did {n} {verb} {np} to?",
                    "What did {n} replace {a_from} with at {org}?", "What did {np} switch to under {n} at {org}?",
                    "Tell me what {n} {a_past} {np} to at {org}.", "What did {n} {verb} {np} over to from {a_from}?",
                    "{n} {a_past} {np} off {a_from} at {org}: onto what?",
                    "After {n}'s switch at {org}, what did {np} use?"],
    # "..., saving $1.4M a year": asked by what was done, and by the employer alone
    "saved_by": ["How much did {n} save at {org} by {a_ing} {np}?", "What did {n} save by {a_ing} {np}?",
                 "What savings came from {n} {a_ing} {np} at {org}?", "How much was saved when {n} {a_past} {np}?",
                 "How big was the saving when {n} {a_past} {np} at {org}?", "Tell me what {n} saved by {a_ing} {np}.",
                 "{n} {a_past} {np} at {org}: what did that save?", "What was saved by {n} {a_ing} {np}?"],
    "saved": ["How much did {n} save at {org}?", "What savings did {n} bring {org}?", "At {org}, how much did {n} save?",
              "What did {n}'s work at {org} save?", "How big were the savings {n} made at {org}?",
              "Tell me how much {n} saved at {org}.", "What did {n} manage to save at {org}?",
              "How much was saved by {n} at {org}?"],
    "exchange": ["Where did {n} do an exchange?", "Where did {n} spend an exchange semester?",
                 "Which school did {n} visit on exchange?", "Did {n} study abroad? => Yes, at {a}.",
                 "Where did {n} study abroad?", "Tell me where {n} went on exchange.",
                 "Which university hosted {n} on exchange?", "Where was {n}'s exchange?"],
    # a later title at the same employer: "When was Kwame promoted to Process Engineer II?"
    # a question for the year alone is answered with the year alone (a_year): "June 2023" to it taught
    # the model that "which year" wants a month too, and the start year of the job stood in
    "promoted": ["When was {n} promoted to {role}?", "In which year did {n} become {a_role} at {org}? => {a_year}",
                 "When did {n} move up to {role}?", "What year was {n} made {a_role}? => {a_year}",
                 "When did {n} step up to {role} at {org}?", "When did {n}'s promotion to {role} come?",
                 "At what point did {n} take on the {role} title?", "When did {n} get the {role} job at {org}?"],
    # the other way round: what the promotion made the person ("What was Kwame promoted to in 2023?")
    "promoted_to": ["What was {n} promoted to in {year}?", "Which title did {n} move up to at {org}?",
                    "What promotion did {n} get in {year}?", "What did {n} become at {org} in {year}?",
                    "Which role did {n} step up to at {org}?", "Tell me what {n} was promoted to at {org}.",
                    "Was {n} ever promoted at {org}? => Yes, to {a} in {year}.", "What new title did {n} get in {year}?"],
    "issuer": ["Who issued {n}'s {item}?", "Which body granted {n} the {item}?",
               "Which organization awarded {n} the {item}?", "Who gave {n} the {item}?",
               "From which institution does {n} have the {item}?", "Tell me who awarded {n} the {item}.",
               "Which body is behind {n}'s {item}?", "Who is the issuer of {n}'s {item}?"],
    # the other way round: the issuer asks for what it gave ("... from APICS?" -> "CPIM");
    # a_issuer has "the" where the name wants one ("from the Institution of ..."), issuer none
    "cert_from": ["Which certificate does {n} have from {a_issuer}?", "What has {a_issuer} certified {n} in?",
                  "What credential did {n} earn from {a_issuer}?", "Tell me which certification {n} got from {a_issuer}.",
                  "Does {n} hold a certificate from {a_issuer}? => Yes: {a}.", "What is {n} certified in by {a_issuer}?",
                  "Name {n}'s credential from {a_issuer}.", "Which qualification did {a_issuer} grant {n}?"],
    # a test's score: "TOEIC Listening & Reading Test, score 875", "IELTS Academic 7.5"
    "cert_score": ["What score did {n} get on the {test}?", "What was {n}'s {test} score?",
                   "How did {n} score on the {test}?", "Tell me {n}'s score in the {test}.",
                   "What did {n} score in the {test}?", "Which score does {n} have on the {test}?",
                   "How high was {n}'s {test} score?", "What result did {n} get in the {test}?"],
    "award_from": ["Which award did {n} receive from {a_issuer}?", "What did {a_issuer} award {n}?",
                   "What recognition did {n} get from {a_issuer}?", "Tell me about {n}'s award from {a_issuer}.",
                   "Has {n} been recognised by {a_issuer}? => Yes: {a}.", "Which prize did {a_issuer} present to {n}?",
                   "What is {n}'s {issuer} award?", "Name the award {n} won from {a_issuer}."],
    "location": ["Where is {n} based?", "In which city is {n} located?", "Where does {n} live?",
                 "What city is {n} in?", "Tell me where {n} is based.", "Where is {n} located?",
                 "Which city does {n} work from?", "In which part of the world is {n} based?"],
    "nationality": ["What is {n}'s nationality?", "Which country is {n} a citizen of?",
                    "What passport does {n} hold?", "Where is {n} a national of?",
                    "Tell me {n}'s nationality.", "What citizenship does {n} have?",
                    "Which nationality is {n}?", "What nationality does {n} have?"],
}  # fmt: skip


@dataclass(frozen=True)
class Fact:
    """A question with paraphrases and its short answer; `key` says which resume fact it is."""

    key: str
    questions: tuple[str, ...]
    answer: str
    section: int | None = None  # the resume section it came from (coverage report)
    slots: tuple[str, ...] = ()  # the entities inserted into the questions (checked by the gate)
    replies: tuple[str, ...] = ()  # the reply to each question, where it is not `answer` alone

    def pairs(self) -> list[tuple[str, str]]:
        replies = self.replies or (self.answer,) * len(self.questions)
        return list(zip(self.questions, replies))


def _article(noun: str) -> str:
    """'iOS developer' -> 'an iOS developer'; titles such as 'Head of Data' take none."""
    if re.match(r"(head|chair|president|ceo|cto|cfo|coo|vp)\b", noun, re.I):
        return noun
    return _inflect().a(noun)


@lru_cache(maxsize=1)
def _inflect():
    import inflect  # imported here: 0.5 s, and only the generator needs it

    return inflect.engine()


_FOLD = re.compile(r" +(?=,)|(?<=\S) (?= \S)")


def make(kind: str, key: str, answer: str, section: int | None, n: str, **slots: str) -> Fact:
    # a page's wider space ("B.Sc.  in ...": LaTeX after an abbreviation's stop) is one, and the gap
    # a dropped bracket leaves ("Helsinki University Hospital  , Helsinki") none; a wider run is a
    # column's gap, which the gate refuses (it is two things read as one)
    answer, key = (_FOLD.sub("", t.strip()) for t in (answer, key))
    slots = {k: _FOLD.sub("", v) for k, v in slots.items()}
    forms = [t.split(" => ") if " => " in t else (t, "{a}") for t in TEMPLATES[kind]]
    return Fact(
        # (a name that ends with its own stop ends the sentence: "... before Mercari, Inc.", not "Inc..")
        key, tuple(re.sub(r"(?<!\.)\.\.$", ".", q.format(n=n, **slots)) for q, _ in forms), answer, section,
        tuple(v for k, v in slots.items() if not k.startswith("a_")),
        tuple(r.format(a=_unstopped(answer), n=n, **slots) for _, r in forms),
    )  # fmt: skip


def _unstopped(answer: str) -> str:
    """The answer without its closing stop, which the reply's own sentence gives; but an initialism's
    last stop is its own ("MM S.p.A.", "U.S.")."""
    answer = answer.rstrip(" ")
    return answer if re.search(r"(?:\b[^\W\d_]\.){2,}$", answer) else answer.rstrip(" .")


def _inflected(verb: str, tag: str, suffix: str) -> str:
    """The verb's head inflected ('care for', VBG -> 'caring for'); the suffix where the lexicon has none."""
    from lemminflect import getInflection

    if " and " in verb:  # "load and unload" -> "loaded and unloaded"
        return " and ".join(_inflected(v, tag, suffix) for v in verb.split(" and "))
    head, *rest = verb.split()
    return " ".join([(getInflection(head, tag=tag) or (head + suffix,))[0], *rest])


def _past(verb: str) -> str:
    """'build' -> 'built', 'care for' -> 'cared for'."""
    return _inflected(verb, "VBD", "ed")


def first_clause(text: str) -> str:
    """The first sentence, whole; never cut at a word count (the gate drops what is too long)."""
    sentence = re.split(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])", text.strip())[0]
    return sentence.rstrip(" .;:")


def join(items: list[str]) -> str:
    """'; ', not ', ': items such as 'Ink Detection, 1st place' hold commas themselves."""
    return "; ".join(dict.fromkeys(i for i in items if i))


def _recent_first(entries: list) -> list:
    dated = [e for e in entries if e.dates]
    return sorted(dated, key=lambda e: e.dates.sort_key, reverse=True) + [e for e in entries if not e.dates]


def _span(dates: list[DateRange]) -> str:
    """One answer for several stints at one place: earliest start to latest end."""
    if len(dates) == 1:
        return dates[0].text
    first = min(dates, key=lambda d: d.start)
    last = max(dates, key=lambda d: d.sort_key)
    end = "present" if last.current else (last.end_text or last.start_text)
    return f"{first.start_text} - {end}"


IMPERATIVES = {"cut", "forecast", "design", "lead", "manage", "mentor", "plan", "research", "report", "support",
               "test", "model", "present", "review", "process", "host", "help", "ship", "scale", "build", "run",
               "launch", "drive", "own", "audit", "train", "coach", "teach", "write", "survey", "map"}  # fmt: skip


# A bullet in another language can open with a word English has too ("Organize sanayi bölgesinde ...",
# a Turkish "organised industrial zone"; "Audits de procédés spéciaux"): it holds more of another
# language's small words than of English's, or none of English's and a quarter of its words spelled
# with letters English has not
_ENGLISH_GLUE = re.compile(
    r"\b(?:the|a|an|of|for|to|in|on|with|by|and|from|at|into|over|per|as|its|their|our)\b", re.I
)
_FOREIGN_GLUE = re.compile(
    r"\b(?:de|la|le|les|des|du|di|del|della|von|der|die|das|den|und|van|het|een|och|för|og|af|ve|ile|bir|"
    r"para|con|por|avec|pour|sur|zur|zum|mit|für|dla|na|pro|din|pentru|și|cu|unei|unui|dan|yang|untuk|dengan)\b",
    re.I,
)


def _foreign(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text)
    accented = sum(any(ord(c) > 127 for c in w) for w in words)
    english, foreign = len(_ENGLISH_GLUE.findall(text)), len(_FOREIGN_GLUE.findall(text))
    return foreign > english or not english and bool(words and accented >= len(words) / 4)


def _verb_question(bullet: str) -> tuple[str, str] | None:
    """'Built dashboards for 40 metros' -> ('build', 'Dashboards for 40 metros'), if it opens with a verb."""
    m = re.match(r"([A-Za-z-]+)\s+(.+)", first_clause(bullet))
    if not m:
        return None
    from lemminflect import getAllLemmas

    word, rest = m.group(1).lower(), m.group(2)
    lemmas = getAllLemmas(word)
    if not lemmas and word.endswith("ed"):  # past tense of a verb its dictionary lacks: "Rebranded"
        from lemminflect import getLemma

        lemmas = {"VERB": getLemma(word, upos="VERB", lemmatize_oov=True)}
    if "VERB" not in lemmas:
        return None
    # "Cut latency", "Forecast demand": words that are nouns too count as verbs when inflected,
    # before a determiner or number, or when resumes use them as verbs.
    if (
        "NOUN" in lemmas
        and lemmas["VERB"][0] == word
        and not (
            re.match(r"(the|a|an|our|my|their|its|all|every|\d|two|three|four|five|six|ten)\b", rest, re.I)
            or word in IMPERATIVES
        )
    ):
        return None
    verb, obj = lemmas["VERB"][0], m.group(2)
    # ("Am condus o echipă ...": Romanian's "I have" is English's "am", no verb a question asks)
    if _foreign(obj) or verb == "be":
        return None
    if two := re.match(r"(?:and|or|&)\s+([a-z-]+)\s+(.+)", obj):
        # "Loaded and unloaded 30+ trailers": two verbs, one object ("What did Carlos load and unload?")
        second = getAllLemmas(two.group(1)).get("VERB")
        if not second:
            return None
        verb, obj = f"{verb} and {second[0]}", two.group(2)
    # "Cared for transplant patients": the particle belongs to the verb ("What did she care for?").
    if particle := re.match(r"(for|to|with|on|about|after|over)\s+(.+)", obj, re.I):
        verb, obj = f"{verb} {particle.group(1).lower()}", particle.group(2)
    return verb, obj[0].upper() + obj[1:]


def _employer_facts(jobs: list[Position], n: str, skills: set[str]) -> list[Fact]:
    """Role, dates and work at one employer (every stint there: a promotion gives one answer)."""
    org, sec = jobs[0].org, jobs[0].section
    jobs = _recent_first(jobs)
    now = any(j.dates and j.dates.current for j in jobs)
    roles = [j.role for j in jobs]
    answer = roles[0] + (f"; earlier {join(roles[1:])}" if len(set(roles)) > 1 else "")
    out = [make("role_now" if now else "role", f"role@{org}", answer, sec, n, org=org)]
    dates = [j.dates for j in jobs if j.dates]
    if dates:
        out.append(make("dates_now" if now else "dates", f"dates@{org}", _span(dates), sec, n, org=org))
    details = [d for j in jobs for d in j.details]
    promoted = {d: m for d in details if (m := _PROMOTED_TO.fullmatch(d.strip()))}
    details = [d for d in details if d not in promoted]
    for m in promoted.values():  # "Promoted to Audit Senior in 2018.": a promotion, said in a bullet
        role, year = _cap(m.group(1).strip()), m.group(2)
        out += [
            make("promoted", f"promoted@{org}:{role}", year, sec, n, org=org, role=role, a_role=_article(role), a_year=year),
            make("promoted_to", f"promoted_to@{org}:{year}", role, sec, n, org=org, year=year),
        ]  # fmt: skip
    if details:
        out.append(make("did", f"did@{org}", first_clause(details[0]), sec, n, org=org))
    verbs: dict[str, list[str]] = defaultdict(list)
    titles: dict[str, set[str]] = defaultdict(set)  # the titles each verb's bullets were written under
    other = []  # bullets that open with no verb ("Aufbau von Datenpipelines"): asked together
    for job in jobs:
        for d in (d for d in job.details if d in details):
            if vq := _verb_question(d):
                verbs[vq[0]].append(vq[1])
                titles[vq[0]].add(job.role)
            elif d is not details[0]:
                other.append(first_clause(d))
    for verb, objects in verbs.items():
        # (bullets of two titles at one employer: the employer names the job)
        role = next(iter(titles[verb])) if len(titles[verb]) == 1 else f"employee of {org}"
        out.append(make("did_verb", f"did@{org}:{verb}", join(objects), sec, n, org=org, verb=verb, a_past=_past(verb),
                        a_role=_article(role), a_head=_article(_role_head(role))))  # fmt: skip
    if other:
        out.append(make("did_other", f"did@{org}:other", join(other), sec, n, org=org))
    for verb, objects in verbs.items():
        for obj in objects:
            out += _counts(obj, verb, org, sec, n) + _details(obj, verb, org, sec, n, skills)
            out += _amounts(verb, obj, org, sec, n)
    return out + _employer_angles(jobs, now, n) + _promotions(jobs, n)


def _role_head(role: str) -> str:
    """What a title calls the person, as people say it: 'Audit Trainee' -> 'trainee', 'Postdoctoral
    Researcher' -> 'postdoc', 'Charge Nurse, Cardiac ICU' -> 'nurse', 'Head of Data' -> 'head'."""
    for word, pattern in (("postdoc", r"\bpost-?doc\w*"), ("intern", _INTERN)):
        if re.search(pattern, role, re.I):
            return word
    words = re.split(r",|\(|\s[-–—|/]\s|\s+(?:of|for|in|at|to)\s", role)[0].split()
    while len(words) > 1 and re.fullmatch(r"(?:[IVX]+|\d+|Sr\.?|Jr\.?)", words[-1]):
        words.pop()  # "Software Engineer II"
    head = words[-1] if words else role
    if not _noun_like(head):  # "VP", "Founder & CEO": the whole title
        return role
    return head if head.isupper() else head.lower()


_PROMOTED_TO = re.compile(
    r"(?:was )?promoted to (?:the (?:role|position) of )?(?:an? )?([A-Z][\w&/' -]{1,50}?)"
    r"(?:\s+in|,|\s*\()\s*((?:19|20)\d\d)\)?\.?",
    re.I,
)


def _promotions(jobs: list[Position], n: str) -> list[Fact]:
    """Every later title at one employer, asked by when it began ("When was Kwame promoted to ...?")."""
    dated = sorted((j for j in jobs if j.dates), key=lambda j: j.dates.start)
    out = []
    for job in dated[1:]:
        if job.role.lower() != dated[0].role.lower() and job.dates.start > dated[0].dates.start:
            year = str(job.dates.start[0])
            out += [
                make("promoted", f"promoted@{job.org}:{job.role}", job.dates.start_text, job.section, n,
                     org=job.org, role=job.role, a_role=_article(job.role), a_year=year),
                make("promoted_to", f"promoted_to@{job.org}:{year}", job.role, job.section, n, org=job.org, year=year),
            ]  # fmt: skip
    return out


def _employer_angles(jobs: list[Position], now: bool, n: str) -> list[Fact]:
    """Start and end year, the employer asked by its years, the unit of the role."""
    org, sec, out = jobs[0].org, jobs[0].section, []
    dates = [j.dates for j in jobs if j.dates]
    if dates:
        y1 = min(d.start for d in dates)[0]
        out.append(make("start_year", f"start@{org}", str(y1), sec, n, org=org))
        if now:
            out.append(make("org_since", f"org_since@{y1}", org, sec, n, y1=str(y1)))
        elif ends := [d.end[0] for d in dates if d.end]:
            y2 = max(ends)
            out.append(make("end_year", f"end@{org}", str(y2), sec, n, org=org))
            if y2 != y1:
                out.append(make("org_years", f"org@{y1}-{y2}", org, sec, n, y1=str(y1), y2=str(y2)))
    if place := jobs[0].place:
        out.append(make("job_place_now" if now else "job_place", f"place@{org}", place, sec, n, org=org))
    # "Charge Nurse, Cardiac ICU": the part after the comma is where in the organisation
    if m := re.fullmatch(r"[^,]+,\s*([^,]{2,40})", jobs[0].role):
        out.append(make("unit_now" if now else "unit", f"unit@{org}", m.group(1), sec, n, org=org))
    return out


# "12 nurses", "four data reporters", "400 Spanish towns": a plural noun of 4+ letters ("250 ms" is a
# unit, not a count)
_NUMBER = (
    r"\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds"
)
# (a year is no count: "during the 2020 school closures")
# (and a word ending in "s" that is no plural: "a team of 6 marketers across brand and social")
_NOT_PLURAL = (
    r"(?!(?:across|towards|afterwards|besides|versus|whereas|plus|thus|this|his|its|was|has|does|is|as|us)\b)"
)
_COUNT = re.compile(
    rf"(?<![\w$€£.,])(?!(?:19|20)\d\d\b)({_NUMBER})\s+((?:[A-Za-z][\w-]*\s+){{0,2}}{_NOT_PLURAL}[a-z][\w-]{{2,}}s)\b",
    re.I,
)
# (a number before "-format", "-type", "-series" names a kind, not a count: "a 4680-format cell")
_COUNT_OF = re.compile(
    r"(?<![\w$€£.,])(\d[\d,.]*)-(?!(?:format|type|style|series|model|size|standard|version|generation)\b)([a-z]+)\s+((?:(?!(?:in|of|for|at|with|by|and|to|on|from)\b)[\w'-]+\s*){1,3})"
)


_DIRECT = re.compile(r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}(?:of|over|more than)\s+|", re.I)


def _counts(obj: str, verb: str, org: str | None, sec: int | None, n: str) -> list[Fact]:
    """Numbers in what someone did: "a team of 12 nurses" -> how many nurses did Tomasz lead?;
    "a 24-bed cardiac ICU" -> how many beds did the cardiac ICU have? With no employer (a functional
    resume), asked without one."""
    out, past = [], _past(verb)
    if org is None:
        for m in _COUNT.finditer(obj):
            num, noun = m.groups()
            direct = _DIRECT.fullmatch(obj[: m.start()])
            if not re.search(r"\b(seconds|minutes|hours|days|weeks|months|years|times)$", noun, re.I):
                out.append(make("feat_how_many" if direct else "feat_how_many_in", f"feat_count@{noun}",
                                f"{num} {noun}", sec, n, noun=noun, verb=verb, a_past=past))  # fmt: skip
        return out
    for m in _COUNT.finditer(obj):
        num, noun = m.groups()
        if re.search(r"\b(seconds|minutes|hours|days|weeks|months|years|times)$", noun, re.I):
            continue  # "from two days to four hours", "ten years of": durations, not things counted
        # "Trained 30 nurses", "Led a team of 12 nurses": the count is what was done, so the verb
        # may ask it; "Built dashboards for 40 metros" did not build metros: asked without the verb.
        direct = _DIRECT.fullmatch(obj[: m.start()])
        out.append(make("how_many" if direct else "how_many_in", f"count@{org}:{noun}", f"{num} {noun}", sec, n,
                        org=org, noun=noun, verb=verb, a_past=past))  # fmt: skip
    for num, unit, head in _COUNT_OF.findall(obj):
        head, nouns = head.strip(), _inflect().plural_noun(unit)
        out.append(make("how_many_of", f"count@{org}:{head}", f"{num} {nouns}", sec, n,
                        org=org, noun=nouns, head=head, a_past=past))  # fmt: skip
    for share, noun in _SHARE.findall(obj):
        out.append(
            make("share_of", f"share@{org}:{noun}", re.sub(r"\s+%", "%", share), sec, n, org=org, noun=noun)
        )
    return out


# The size of a result inside a bullet: "cut unplanned shutdowns by 30%", "shortening delivery times by
# 2 days", "saving $1.4M a year". Resumes are told to quantify; held-out questions ask the number.
_AMOUNT = (
    r"[$€£]?\s?\d[\d,.]*(?:\s?(?:%|percent\b|[kmb]n?\b|million\b|billion\b|x\b|×)|"
    r"\s+(?:percentage points|points|ms|seconds|minutes|hours|days|weeks|months|years)\b)?"
)
_CHANGE = re.compile(rf"((?:the\s+)?(?:(?!by\b)[\w'/-]+\s+){{0,6}}?[\w'/-]+)\s+by\s+({_AMOUNT})", re.I)
# "Cut formation time from 21 to 9 hours", "Raised the pass rate from 61% to 84%": the change is both
# numbers, and its unit (a word or two after the second number, not the phrase that goes on: "by")
_UNIT = r"(?:\s?%|\s+(?!(?:to|by|with|through|in|for|at|after|while|using|via|and|per|a|an|the|on|over)\b)[a-z]+(?:/[a-z]+)?){0,2}"
# either end of a change: a count's number, in figures or words ("from two days to four hours"), or
# money ("from $2M to $5M"); "one" too, which as a count would read "one of the teams"
_END = rf"[$€£]?(?:{_NUMBER}|one|fifteen|sixty|ninety)[kmb]?\b"
_FROM_TO = re.compile(
    rf"((?:the\s+)?(?:(?!from\b)[\w'/-]+\s+){{0,6}}?[\w'/-]+)\s+from\s+({_END}{_UNIT})"
    rf"\s+to\s+({_END}{_UNIT})(?=[\s,;.]|$)",
    re.I,
)
CHANGES = {"reduce": "reduction", "cut": "cut", "lower": "reduction", "decrease": "decrease", "shorten": "reduction",
           "trim": "cut", "slash": "cut", "shrink": "reduction", "increase": "increase", "raise": "rise",
           "grow": "growth", "improve": "improvement", "boost": "boost", "lift": "rise", "accelerate": "speed-up",
           "speed up": "speed-up", "expand": "expansion"}  # fmt: skip
# "Migrated the warehouse from Redshift to BigQuery": a move between two named things
SWITCHES = {"move", "migrate", "switch", "port", "convert", "transition", "shift", "upgrade", "replatform"}
_NAMES = r"[A-Z][\w.+#-]*(?:\s+[A-Z0-9][\w.+#-]*){0,3}"
_SWITCH = re.compile(
    rf"((?:the\s+)?(?:(?!from\b)[\w'/-]+\s+){{0,6}}?[\w'/-]+)\s+from\s+({_NAMES})\s+to\s+({_NAMES})(?=[\s,;.]|$)"
)
_SAVING = re.compile(
    rf"(?:^|,\s*(?:which\s+|thereby\s+)?|\s+and\s+)sav(?:e|es|ed|ing)\s+(?:(?:the\s+)?(?:company|client|team|firm)\s+)?"
    rf"((?:about\s+|over\s+|more than\s+|nearly\s+)?{_AMOUNT}(?:\s+[\w-]+){{0,3}}?)(?=\s+(?:by|through|with|via|in)\b|[,;.]|$)",
    re.I,
)


def _amounts(verb: str, obj: str, org: str, sec: int | None, n: str) -> list[Fact]:
    """'Cut holding costs by 12%' -> by how much; '..., saving $1.4M a year' -> how much it saved."""
    out, text = [], f"{verb} {obj[:1].lower()}{obj[1:]}"
    if verb in SWITCHES and (m := _SWITCH.match(text, len(verb) + 1)):
        np, before, after = m.groups()
        out.append(make("switched_to", f"switch@{org}:{np.lower()}", after, sec, n, org=org, np=np, verb=verb,
                        a_past=_past(verb), a_from=before))  # fmt: skip
    for word in re.finditer(r"\b([a-z]+)\s+", text):  # each change verb, then what it changed by how much
        lemma = (_lemmas(word.group(1)).get("VERB") or [word.group(1)])[0]
        if lemma not in CHANGES:
            continue
        if m := _FROM_TO.match(text, word.end()):
            np, before, after = m.groups()
            np = re.sub(r"^the\s+", "", np, flags=re.I)
            slots = dict(org=org, np=np, verb=lemma, a_past=_past(lemma), a_change=CHANGES[lemma])
            key = f"change@{org}:{np.lower()}"
            out.append(make("change_from_to", key, f"From {before} to {after}", sec, n, **slots))
            out.append(make("change_to", f"{key}:after", _cap(after), sec, n, **slots))
            continue
        if not (m := _CHANGE.match(text, word.end())):
            continue
        np, amount = m.groups()
        np = re.sub(r"^the\s+", "", np, flags=re.I)
        out.append(make("change_by", f"change@{org}:{np.lower()}", amount.strip(), sec, n, org=org, np=np,
                        verb=lemma, a_past=_past(lemma), a_change=CHANGES[lemma]))  # fmt: skip
    if m := _SAVING.search(obj if verb != "save" else f"save {obj}"):
        amount = m.group(1).strip()
        out.append(make("saved", f"saved@{org}", amount, sec, n, org=org))
        did = obj[: m.start()].strip(" ,")
        if verb != "save" and 1 < len(did.split()) <= 10:
            did = did[:1].lower() + did[1:] if not did[1:2].isupper() else did
            out.append(make("saved_by", f"saved@{org}:{did.lower()}", amount, sec, n, org=org, np=did,
                            a_ing=_inflected(verb, "VBG", "ing"), a_past=_past(verb)))  # fmt: skip
    return out


# Details inside a bullet: the kind of thing made ("the steel roof"), a named thing ("the King's Cross
# station canopy"), where ("in Hackney"), what for ("pipelines for autonomous tractors") and what it
# does ("models that predict toxicity"). Held-out questions ask such parts of a trained sentence.
_STOP = r"(?:for|in|on|at|of|to|into|with|by|from|using|across|over|under|that|which|who|used|via|per)"
# "flags 94% of cloudy tiles", "on 30 percent of claims": a share of things, asked by the things
# (a share after "by", "from" or "to" is a change, asked as one: _amounts)
_SHARE = re.compile(
    r"(?<!\bby )(?<!\bfrom )(?<!\bto )\b(\d[\d.,]*\s?%|\d[\d.,]*\s+percent)\s+of\s+"
    rf"((?:(?!{_STOP}\b|the\b|our\b|their\b|its\b|all\b)[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]{{2,}}s)\b"
)
_LEAD = re.compile(
    rf"(?:(?:the|a|an)\s+)?((?:(?!{_STOP}\b)[\w'-]+\s+){{0,5}}?[\w-]+)(?=\s+{_STOP}\b|\s*[,;]|\s*$)", re.I
)
# (the words after the name are its kind, no preposition: "the State Director on variances" names none)
_NAMED = re.compile(
    rf"\bthe\s+((?:[A-Z][\w'&.-]*\s+){{1,4}})((?:(?!{_STOP}\b)[a-z][\w-]*\s+){{0,2}}(?!{_STOP}\b)[a-z][\w-]+)"
    rf"(?=\s*[,;.]|\s+{_STOP}\b|\s*$)"
)
# a name after "in", "using", "with" or "on" (a tool if the skills list it, or "using" it)
_TOOL = re.compile(r"\s(in|using|with|on)\s+([A-Z][\w.+#/-]*(?:\s+[A-Z0-9][\w.+#/-]*){0,2})(?=[\s,;.]|$)")
_WHERE = re.compile(
    r"\b(?:in|at|on)\s+((?:the\s+)?[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*){0,3})(?=\s*[,;.]|\s*$)"
)
# ("for a cohort of 2,400 households": a number goes on past its comma)
_FOR = re.compile(r"for\s+(.+?)(?=\s+(?:in|at|on|by|with|using|to)\s|[,;](?!\d)|$)")
_THAT = re.compile(r"(?:that|which)\s+([a-z]+)\s+(.+?)(?=[,;](?!\d)|$)")  # "9,000": a number goes on
_VAGUE = {"time", "times", "work", "way", "ways", "part", "parts", "thing", "things", "lot", "use", "number"}


def _lemmas(word: str) -> dict:
    from lemminflect import getAllLemmas

    return getAllLemmas(word.lower())


def _noun_phrase(words: list[str]) -> list[str] | None:
    """The words of the thing a bullet's verb acts on: ['steel', 'roof'], or None for one bare
    word ('dashboards tracking sales' ends at the plural), a count, a participle, a name or a
    possessive."""
    for i, w in enumerate(words):
        lem = _lemmas(w)
        # a participle makes no kind ("improved models"); a gerund may lead one ("tasting menus")
        if re.fullmatch(_NUMBER, w, re.I) or (lem.keys() == {"VERB"} and not w.endswith("ing")):
            return None
        if "NOUN" in lem and lem["NOUN"][0] != w.lower():  # a plural noun ends the phrase
            words = words[: i + 1]
            break
    head = words[-1]
    vague = head.lower() in _VAGUE or words[-2:-1] in (["and"], ["or"])  # "calculus and statistics"
    named = any(w[0].isupper() and not w.isupper() or "'" in w for w in words[1:])  # "the Gray Lab"
    if len(words) < 2 or vague or named or "NOUN" not in _lemmas(head):
        return None
    return words


def _details(obj: str, verb: str, org: str, sec: int | None, n: str, skills: set[str]) -> list[Fact]:
    """'Built stereo depth pipelines for autonomous tractors' -> what kind of pipelines, what for."""
    out, past = [], _past(verb)

    def ask(kind: str, key: str, answer: str, **slots: str) -> None:  # answers open with a capital
        out.append(make(kind, key, _cap(answer), sec, n, **slots))

    m = _LEAD.match(obj)
    words = _noun_phrase(m.group(1).split()) if m else None
    if words and words[0].istitle() and not obj.startswith(words[0]):
        words = None  # "the Hackney office": a name after the article, not a kind
    if words:
        if not words[0].isupper():
            words[0] = words[0].lower()
        phrase, head, after = " ".join(words), words[-1], obj[m.end() :].strip(" ,")
        plural = bool(_inflect().singular_noun(head))
        kw = dict(org=org, verb=verb, a_past=past)
        # "the open database of public water tariffs": which database is in its "of", so it stays
        of = re.split(r",\s|;", after)[0].rstrip(".")
        kind = f"{phrase} {of}" if re.match(r"of\s", of) and len(of.split()) <= 5 else phrase
        ask("kind_of", f"kind@{org}:{head}", kind, head=head, **kw)
        kw |= dict(np_bare=phrase, np=f"the {phrase}", a_they="they" if plural else "it",
                   a_be="were" if plural else "was", a_do="do" if plural else "does")  # fmt: skip
        if f := _FOR.match(after):
            # "... for 7 medical centers and brief the Network Director": a second verb and its object
            # end what the first was for
            ask(
                "purpose",
                f"for@{org}:{head}",
                re.split(r"\s+and\s+[a-z]+\s+(?=(?:the|a|an|their|our)\s)", f[1])[0],
                **kw,
            )
        elif (t := _THAT.match(after)) and (lem := _lemmas(t.group(1)).get("VERB")):
            rel, target = lem[0], t.group(2)
            # "a planner that runs on 300 robots": what does it run on?
            if prt := re.match(r"(on|for|to|with|in|into|from)\s+(.+)", target):
                rel, target = f"{rel} {prt.group(1)}", prt.group(2)
            ask("relative", f"rel@{org}:{head}", target, rel=rel, **kw)
        for w in _WHERE.finditer(after):  # "in Python" is a tool, not a place
            if (place := w.group(1)).lower().removeprefix("the ") not in skills and place != org:
                ask("where", f"where@{org}:{head}", place, **kw)
                break
    for t in _TOOL.finditer(obj):
        prep, tool = t[1].lower(), t[2]
        if prep == "using" or tool.lower() in skills or {w.lower() for w in tool.split()} & skills:
            thing = obj[: t.start()].strip(" ,")  # what was made with the tool
            np = re.sub(r"^(?:a|an)\s+", "the ", thing, flags=re.I)
            np = np if np[1:2].isupper() else np[:1].lower() + np[1:]
            if 0 < len(np.split()) <= 6 and tool != org:
                slots = dict(org=org, verb=verb, a_past=past, a_prep="with" if prep == "using" else prep)
                out.append(make("tool_used", f"tool@{org}:{np.lower()}", tool, sec, n, np=np, **slots))
                out.append(
                    make(
                        "made_with",
                        f"made_with@{org}:{tool.lower()}",
                        _cap(thing),
                        sec,
                        n,
                        tool=tool,
                        **slots,
                    )
                )
            break
    for name, head in _NAMED.findall(obj):
        if name.strip() != org and _noun_like(head.split()[-1]):
            ask("named", f"named@{org}:{head}", f"{name.strip()} {head}", org=org, head=head)
    if (c := _CALLED.match(obj)) and _a_name(c[1]) and (k := _LEAD.match(c[2])):
        words = _noun_phrase(k[1].split()) or []
        while words and (not _noun_like(words[-1]) or "ADV" in _lemmas(words[-1])):  # "... package now used"
            words.pop()
        if words:
            phrase, plural = " ".join(words), bool(_inflect().singular_noun(words[-1]))
            out.append(make("called", f"called@{org}:{phrase.lower()}", c[1], sec, n, org=org, verb=verb,
                            a_past=past, np_bare=phrase, head=words[-1], a_they="they" if plural else "it"))  # fmt: skip
    return out


# "galfitter, a Bayesian fitting package ...", "Lead designer on Tidewalker, a narrative puzzle game":
# a name (at the start, or after a preposition there), then its kind
_CALLED = re.compile(
    rf"(?:(?:[\w'-]+\s+){{1,3}}?(?:on|of|for|with|to|at)\s+)?((?:(?!{_STOP}\b)[\w.+#-]+\s+){{0,2}}[\w.+#-]+),\s+(?:a|an)\s+(.+)"
)


def _a_name(text: str) -> bool:
    """'galfitter', 'dbt-lint', 'Project Atlas': a name; 'Documentation', 'The code': words. (The
    object's first letter is a capital whatever it was, so a word the lemma list knows is no name
    unless a later letter or word says so.)"""
    words = text.split()
    return not re.match(r"(?:the|a|an|my|our|their|his|her|its|this|\d)\b", text, re.I) and (
        any(not w[1:].islower() or not _lemmas(w.lower()) for w in words)
        or any(w[0].isupper() for w in words[1:])
    )


def _noun_like(word: str) -> bool:
    """A noun, or a word the lemma list does not know that does not read as an adverb or a participle
    ("spectrograph", "cryostat")."""
    lem = _lemmas(word)
    return "NOUN" in lem or (not lem and not re.search(r"(?:ly|ed|ing)$", word))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def job_facts(p: Profile, n: str) -> list[Fact]:
    out: list[Fact] = []
    by_org: dict[str, list[Position]] = defaultdict(list)
    for job in p.jobs:
        by_org[job.org.lower()].append(job)
    # "in Python" is no place, nor is it when the list says "Python (pandas, statsmodels)"
    skills = {t.strip().lower() for _, items, _ in p.skills for s in items for t in re.split(r"[(),]", s)}
    for jobs in by_org.values():
        out += _employer_facts(jobs, n, skills)
    by_role: dict[str, list[Position]] = defaultdict(list)
    for job in p.jobs:
        by_role[job.role.lower()].append(job)
    for jobs in by_role.values():
        now = all(j.dates and j.dates.current for j in jobs)
        role = jobs[0].role
        kind = "org_now" if now else "org"
        out.append(
            make(
                kind,
                f"org@{role}",
                join([j.org for j in jobs]),
                jobs[0].section,
                n,
                role=role,
                a_role=_article(role),
            )
        )
    # an internship and a postdoc, named so by everyone but their titles ("What was Alex's title as an
    # intern?"; "Where did Min-jun do his postdoc?" found the PhD's school in a 135M model): one of each
    intern = _the_one(p.jobs, _INTERN)
    if intern and not (intern.dates and intern.dates.current):
        out.append(make("intern_org", "intern_org", intern.org, intern.section, n))
        out.append(make("intern_role", "intern_role", intern.role, intern.section, n))
    if postdoc := _the_one(p.jobs, r"\bpost-?doc\w*"):
        now = "_now" if postdoc.dates and postdoc.dates.current else ""
        out.append(make(f"postdoc_org{now}", "postdoc_org", postdoc.org, postdoc.section, n))
        if postdoc.place:
            out.append(make(f"postdoc_place{now}", "postdoc_place", postdoc.place, postdoc.section, n))
    if p.jobs:
        out.append(make("employers", "employers", join([j.org for j in p.jobs]), p.jobs[0].section, n))
        current = [j for j in p.jobs if j.dates and j.dates.current]
        if current:
            sec = current[0].section
            out.append(make("current", "current", join([f"{j.role} at {j.org}" for j in current]), sec, n))
            out.append(make("current_org", "current_org", join([j.org for j in current]), sec, n))
            if len(current) == 1:  # two titles at once make "What is her title now?" ambiguous
                out.append(make("current_role", "current_role", current[0].role, sec, n))
        elif any(j.dates for j in p.jobs):
            last = _recent_first(p.jobs)[0]
            out.append(make("recent", "recent", f"{last.role} at {last.org}", last.section, n))
    return out + _order_facts(p.jobs, n)


_INTERN = r"\b(intern|internship|co-?op|praktikant\w*|stagiaire|tirocinante|estagi[aá]ri[oa])\b"


def _the_one(jobs: list[Position], role: str) -> Position | None:
    """The job whose title matches `role`, where only one does (which one, if two?)."""
    found = [j for j in jobs if re.search(role, j.role, re.I)]
    return found[0] if len(found) == 1 else None


def _order_facts(jobs: list[Position], n: str) -> list[Fact]:
    """The employer before each one (the last that had ended when it began) and the first job."""
    dated = sorted((j for j in jobs if j.dates), key=lambda j: j.dates.start)
    out = []
    for job in dated:
        earlier = [j for j in dated if j.org != job.org and j.dates.start < job.dates.start]
        prev = max(earlier, key=lambda j: j.dates.start) if earlier else None
        # a job still held when this one began (a side project) makes "before" ambiguous: not asked
        if prev and prev.dates.end and prev.dates.end <= job.dates.start:
            if not any(f.key == f"before@{job.org}" for f in out):
                out.append(make("before", f"before@{job.org}", prev.org, job.section, n, org=job.org))
    if len(dated) >= 2 and dated[0].dates.start < dated[1].dates.start:
        out.append(make("first", "first", f"{dated[0].role} at {dated[0].org}", dated[0].section, n))
    return out


def volunteer_facts(p: Profile, n: str) -> list[Fact]:
    if not p.volunteer:
        return []
    out = [
        make(
            "volunteer",
            "volunteer",
            join([v.org if v.role == "Volunteer" else f"{v.role} at {v.org}" for v in p.volunteer]),
            p.volunteer[0].section,
            n,
        )
    ]
    for v in p.volunteer:
        now = bool(v.dates and v.dates.current)
        if v.role != "Volunteer":  # (an entry that names no role: "Volunteer" would be no answer)
            kind = "volunteer_role_now" if now else "volunteer_role"
            out.append(make(kind, f"volunteer@{v.org}", v.role, v.section, n, org=v.org))
        if v.details and (did := first_clause(v.details[0])):
            kind = "volunteer_did_now" if now else "volunteer_did"
            out.append(make(kind, f"volunteer_did@{v.org}", did, v.section, n, org=v.org))
        if v.dates:
            out.append(
                make("volunteer_when", f"volunteer_when@{v.org}", v.dates.text, v.section, n, org=v.org)
            )
        kind = "volunteer_org_now" if now else "volunteer_org"
        out.append(
            make(kind, f"volunteer_org@{v.role}", v.org, v.section, n, a_role=_article(v.role.lower()))
        )
    return out


LEVELS = [
    # a physician's degree is a doctor's but no PhD: "Doctor of Medicine", "M.D."
    ("medical degree", r"\b(md|doctor of (osteopathic )?medicine)\b"),
    (
        "PhD",
        r"\b(phd|ph d|dphil|doctor\w*|doktor\w*|promotion|doctorado|doutorado|dottorato|doktora|s3|doctorat)\b",
    ),
    (
        "master's degree",
        # (MPH, MPA, MPP, MSW, MSN, MRes: the masters of public health, administration, policy, social work,
        # nursing, research; BSN and BSW below, the bachelors of nursing and social work)
        r"\b(ms|msc|ma|mba|mfa|meng|me|mca|mcom|mphil|mtech|med|llm|mph|mpa|mpp|msw|msn|mres|master'?s?|máster|maestría|magister|mestrado|"
        r"laurea (magistrale|specialistica)|yüksek lisans|masterexamen|magisterexamen|mastergrad|civilingenjör|"
        r"sivilingeniør|diplomi-insinööri|maisteri|s2|masterat)\b",
    ),
    (
        "bachelor's degree",
        r"\b(bs|bsc|ba|bfa|beng|be|btech|bca|bed|bba|llb|mbbs|bmath|bcom|barch|bsn|bsw|bachelor'?s?|licenciatura|grado|licence|"
        # (Brazil's "Graduação" is the first degree; its "Pós-graduação", a specialisation, is no bachelor's)
        r"bacharelado|(?<!pós )graduação|laurea triennale|laurea|(?<!yüksek )lisans|kandidatexamen|"
        r"bachelorgrad|kandidaatti|s1|sarjana|licență|licenta)\b",
    ),
]

# a degree's level as it stands before "thesis" or "research" ("her PhD thesis", "his undergraduate thesis")
STAGE = {
    "medical degree": "MD",
    "PhD": "PhD",
    "master's degree": "master's",
    "bachelor's degree": "undergraduate",
}

ALT_LEVEL = {
    "medical degree": "MD",
    "PhD": "doctorate",
    "master's degree": "master's",
    "bachelor's degree": "undergraduate degree",
}


def _short(degree: str, lv: str) -> str:
    """The degree's initials as written ("BS in Chemical Engineering": "BS"; "M.Sc.": "M.Sc."), or
    its level in other words where it is spelled out ("Bachelor of Arts": "undergraduate degree")."""
    head = degree.split(" ")[0].rstrip(",")
    initials = re.fullmatch(r"[A-Z][A-Za-z.]{1,6}", head) and sum(c.isupper() for c in head) >= 2
    return head if initials and level(head) == lv else ALT_LEVEL[lv]


def level(degree: str) -> str:
    d = degree.lower().replace(".", "").replace("-", " ")
    return next((name for name, pattern in LEVELS if re.search(pattern, d)), "")


def field_of(degree: str) -> str:
    """'M.S. in Computer Science' -> 'Computer Science'; 'BFA Graphic Design' -> 'Graphic Design'."""
    # ("Bacharelado em Ciência da Computação", "Licență în Informatică", "Civilingenjör i maskinteknik")
    if m := re.search(r"(?<!\w)(?:in|en|em|în|i)\s+(.+)$", degree):
        return m.group(1).strip(" .,")
    if (m := re.fullmatch(r"(.+?),\s*([^,]{3,60})", degree)) and level(m.group(1)):  # "B.Com., Finance"
        return m.group(2).strip(" .")
    head, _, rest = degree.partition(" ")
    rest = re.sub(r"^(?:de|d'|du|des|di|del|della|dei)\s*(?=\w)", "", rest)  # "Licence de chimie": "chimie"
    return rest.strip(" .,") if rest and level(head) and not re.match(r"(of|in)\b", rest) else ""


def _degree_angles(degrees: list[Degree], n: str) -> list[Fact]:
    """Field of study, the school asked by its field, the year of graduation."""
    out = []
    for d in degrees:
        lv = level(d.degree) or "degree"
        # a degree of no level we know ("Pós-graduação em ..."): named by its school, since "When did
        # Juliana get a degree?" would ask after any of her degrees
        shown, a_shown = (
            (lv, _article(lv))
            if lv != "degree"
            else (f"degree from {d.school}", f"the degree from {d.school}")
        )
        if field_ := field_of(d.degree):
            out.append(make("field", f"field@{d.school}:{lv}", field_, d.section, n,
                            school=d.school, level=shown, a_level=a_shown))  # fmt: skip
            out.append(make("school_field", f"school@{field_}", d.school, d.section, n, field=field_))
        if d.dates and not d.dates.current and (level(d.degree) or len(degrees) == 1):  # which degree?
            year = (d.dates.end or d.dates.start)[0]
            out.append(make("grad_year", f"grad@{d.school}:{lv}", str(year), d.section, n,
                            school=d.school, a_level=a_shown))  # fmt: skip
    return out


# What a degree's entry says besides the degree: its lines are free text ("Minor in Computer
# Science; graduated magna cum laude."), so each part is found by its own words.
_MINOR = re.compile(r"\bminor(?:ing)?(?:\s+in\s+|\s*:\s*)([^;,.|()]+)", re.I)
_GPA = re.compile(
    r"\b(?:c?gpa|grade point average|score|grade)\s*(?::|of)?\s*(\d{1,3}(?:[.,]\d+)?\s*(?:/\s*\d{1,3}(?:[.,]\d+)?|%|c?gpa)?)"
    r"|\b(\d(?:\.\d+)?\s*(?:/\s*\d{1,2}(?:\.\d+)?\s*)?c?gpa)\b",
    re.I,
)
_THESIS = re.compile(r"\b(?:thesis|dissertation)(?:\s+(?:on|about|in)\s+|\s*:\s*)[\"“]?([^;\"”]+)", re.I)
# (a person's name after the label, with the title it is written with: "Prof. J. Tremblay"; a title
# alone is no name: a PDF's line may end after "Advisor: Prof.")
_ADVISOR = re.compile(
    r"\b(?i:(?:thesis |doctoral |research )?(?:advis[eo]r|supervisor)s?\s*:\s*|(?:supervised|advised) by\s+)"
    r"((?:(?:Prof(?:essor)?|Dr)\.?\s+)?(?!(?:Prof(?:essor)?|Dr)\b)[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3})"
)
_PROJECT = re.compile(rf"\b({DEGREE_PROJECT})(?:\s+(?:on|about)\s+|\s*:\s*)[\"“]?([^;\"”]+)", re.I)
_FOCUS = re.compile(
    r"\b(?:focus(?:ed)? on|concentration(?: in|:)|speciali[sz](?:ation|ed|ing)(?: in|:)|specialty:)\s+([^;,.|()]+)",
    re.I,
)


def _degree_details(degrees: list[Degree], n: str) -> list[Fact]:
    """Minor, honours, GPA, thesis, focus and advisor of each degree, each from its own words."""
    out = []
    for d in degrees:
        text = "; ".join(d.details)
        now = bool(d.dates and d.dates.current)
        lv = level(d.degree) or "degree"
        slots = dict(school=d.school, level=lv, stage=STAGE.get(lv, d.school))
        found = {
            "minor_now" if now else "minor": _MINOR.search(text),
            "honours": None if now else DISTINCTION.search(text),
            "gpa_now" if now else "gpa": _GPA.search(text),
            "thesis": _THESIS.search(text),
            "focus": _FOCUS.search(text),
            "advisor_now" if now else "advisor": _ADVISOR.search(text),
        }
        for kind, m in found.items():
            if m:
                answer = next(g for g in m.groups() if g)
                # (its sentence only: "Thesis: seismic retrofit of masonry schools. Advisor: Prof. ...")
                if not kind.startswith("advisor"):  # (whose "Prof. " is no sentence's end)
                    answer = re.split(r"\.\s+(?=[A-Z])", answer)[0]
                answer = _cap(answer.strip(" .;:"))
                out.append(
                    make(kind, f"{kind.removesuffix('_now')}@{d.school}:{lv}", answer, d.section, n, **slots)
                )
        if m := _PROJECT.search(text):
            label, answer = m.group(1).lower(), _cap(m.group(2).strip(" .;:"))
            out.append(make("degree_project", f"project@{d.school}:{lv}", answer, d.section, n, a_label=label,
                            **slots))  # fmt: skip
    return out


# "Exchange semester at ESCP Business School, Paris (2016)" under a degree: a stay, not a degree
_EXCHANGE = re.compile(
    r"(?:an?\s+)?(?:exchange|study abroad|semester abroad|erasmus)\b.*?\b(?:at|in|with)\s+(.+)", re.I
)


def _exchange(where: str, d: Degree, n: str) -> Fact:
    if len(d.details) == 1 and re.fullmatch(rf"[{UPPER}][\w'.-]+(?: [{UPPER}][\w'.-]+){{0,2}}", d.details[0]):
        where += f", {d.details[0]}"  # the town on the line under it
    return make("exchange", "exchange", where, d.section, n)


def degree_facts(p: Profile, n: str) -> list[Fact]:
    out: list[Fact] = []
    by_school: dict[str, list[Degree]] = defaultdict(list)
    for d in p.degrees:
        if not d.degree and (m := _EXCHANGE.fullmatch(d.school)):
            out.append(_exchange(m.group(1), d, n))
            continue
        by_school[d.school.lower()].append(d)
    for degrees in by_school.values():
        school, sec = degrees[0].school, degrees[0].section
        names = [d.degree for d in _recent_first(degrees) if d.degree]
        now = any(d.dates and d.dates.current for d in degrees)
        if names:
            out.append(
                make(
                    "degree_now" if now else "degree",
                    f"degree@{school}",
                    " and ".join(dict.fromkeys(names)),
                    sec,
                    n,
                    school=school,
                )
            )
        dates = [d.dates for d in degrees if d.dates]
        if dates:
            out.append(make("school_dates", f"dates@{school}", _span(dates), sec, n, school=school))
        out += _degree_angles(degrees, n) + _degree_details(degrees, n)
    by_level: dict[str, list[Degree]] = defaultdict(list)
    for d in p.degrees:
        if lv := level(d.degree):
            by_level[lv].append(d)
    for lv, degrees in by_level.items():
        now = all(d.dates and d.dates.current for d in degrees)
        if (fields := [f for d in degrees if (f := field_of(d.degree))]) and not now:
            alt = ALT_LEVEL[lv]
            out.append(make("field_level", f"field@{lv}", " and ".join(dict.fromkeys(fields)), degrees[0].section,
                            n, level=lv, a_level=_article(lv), alt=alt, a_alt=_article(alt)))  # fmt: skip
        answer = " and ".join(dict.fromkeys(d.school for d in degrees))
        # "Where did Douglas get his MBA?": the degree people name by its own name, not its level
        # (wherever the degree writes it: "Master of Business Administration (MBA)" has no initials
        # for _short, which names the degree by its first word)
        named = "MBA" if all(re.search(r"\bM\.?B\.?A\b", d.degree) for d in degrees) else lv
        shorts = {_short(d.degree, lv) for d in degrees}
        out.append(
            make(
                "school_now" if now else "school",
                f"school@{lv}",
                answer,
                degrees[0].section,
                n,
                level=named,
                a_level=_article(named),
                a_alt=_article(ALT_LEVEL[lv] if named == lv else named),
                short=shorts.pop() if len(shorts) == 1 else ALT_LEVEL[lv],
            )
        )
    if p.degrees:
        listed = [f"{d.degree}, {d.school}" if d.degree else d.school for d in p.degrees]
        out.append(make("schools", "schools", join(listed), p.degrees[0].section, n))
    return out


def _year_items(items: list[Item], held: bool = False) -> list[tuple[str, int | None, Item]]:
    """(text without its date, year, item): 'Best Poster, 2022' -> ('Best Poster', 2022, ...).

    A range ("Grant, 2021 - 2024") gives no year: "when did she get it" has no one answer; but a
    certificate `held` from a date to the present was earned then ("March 2020 to Present", Indeed).
    """
    single = [
        i.dates.start[0] if held and i.dates and i.dates.current else
        i.dates.year if i.dates and not i.dates.end_text else None
        for i in items
    ]  # fmt: skip
    # "MRICS (chartered since 2016)": the words its date leaves in a bracket go with it
    return [(_LEFT_IN_BRACKET.sub("", strip_range(i.text, i.dates)), y, i) for i, y in zip(items, single)]


_LEFT_IN_BRACKET = re.compile(r"\s*\((?:[a-z]+\s*)+\)(?=\s*$|\s*,)")


def _issuer(text: str, known: frozenset[str] = frozenset()) -> tuple[str, str]:
    """'Chartered Engineer - Institution of Structural Engineers' -> (name, issuer); the issuer must
    look like an organisation ("Amazon Picking Challenge, 2nd place" has none)."""
    # the issuer holds no separator, but may hold a hyphenated word ("Critical-Care Nurses")
    m = re.fullmatch(r"(.+?)(\s+[-–—·|]\s+|,\s+)([A-Z](?:[^-–—·|,]|(?<=\w)-(?=\w)){1,80})", text)
    # "APICS Certified Supply Chain Professional (CSCP)", "Cisco Certified Network Associate",
    # "Microsoft Certified: Power BI Data Analyst Associate": the body that certifies named first
    if not m and (b := re.fullmatch(r"([A-Z][\w&]*(?: [A-Z][\w&]*)?) (Certified\b:?\s*.{3,80})", text)):
        return re.sub(r"^Certified:\s*", "", b[2]), b[1]
    # "AWS Certified Developer – Associate": a certificate's level, not who gave it; and "Association
    # of Government Accountants - Member": the grade of a membership
    if not m or re.fullmatch(
        r"(associate|professional|specialty|expert|foundational|practitioner|fundamentals|"
        r"(?:full |student |life |associate )?member|fellow|affiliate)",
        m.group(3).strip(),
        re.I,
    ):
        return text, ""
    dash = m.group(2).strip() != ","  # "Award - Issuer"; after a comma it must look like an organisation
    org = ORG_WORDS.search(m.group(3)) or AWARDING.search(m.group(3))
    # a long issuer is a name with an organisation word ("Institute of Chartered Accountants in ...")
    if len(m.group(3).split()) > (10 if org else 6):
        return text, ""
    # "President's Award, Bombardier": an employer or school of the resume is an organisation
    if dash or org or re.fullmatch(r"[A-Z]\w*[A-Z]\w*", m.group(3)) or m.group(3).strip().lower() in known:
        return m.group(1), m.group(3)
    return text, ""


def _from_issuer(kind: str, texts: list[str], section: int | None, n: str, p: Profile) -> list[Fact]:
    """What each issuer gave, asked by the issuer: 'President's Award, Bombardier' -> Bombardier's
    award; also an award named after the resume's employer ('Dow Operational Excellence Award' at Dow Chemical)."""
    known, given = _orgs(p), defaultdict(list)
    for text in texts:
        name, issuer, _ = _named(text, known)
        if not issuer:  # the employer's own first word opens the name
            issuer = next((j.org for j in p.jobs if j.org and _named_after(text, j.org)), "")
        if issuer and name and len(name.split()) <= 10:
            given[issuer].append(name)
    return [
        make(kind, f"{kind}@{i}", join(names), section, n, issuer=i, a_issuer=_with_the(i))
        for i, names in given.items()
    ]


def _with_the(org: str) -> str:
    """'the Institution of Structural Engineers', but 'APICS', 'Bombardier'."""
    return f"the {org}" if " of " in org and not org.startswith("The ") else org


def _named_after(text: str, org: str) -> bool:
    """'Dow Operational Excellence Award' is named after 'Dow Chemical'; 'University Medal' after no one."""
    first, words = org.split()[0], text.split()
    return len(first) > 2 and not ORG_WORDS.fullmatch(first) and words[0] == first and len(words) > 1


def _named(text: str, known: frozenset[str]) -> tuple[str, str, str]:
    """An award's or certificate's name, who gave it and what for: 'Tacchini Prize for the best Italian
    PhD thesis in astrophysics, Società Astronomica Italiana' -> ('Tacchini Prize', 'Società Astronomica
    Italiana', 'the best Italian PhD thesis in astrophysics'). A fact whose only answer is its whole line
    is starved at p=1 beside short ones, so the name is what answers "what did she win"."""
    name, issuer = _issuer(text, known)
    # a capital after "for" goes on with the name ("Award for Excellence in Teaching")
    if (m := _FOR_WHAT.fullmatch(name)) and len(m[1].split()) > 1:
        return m[1], issuer, m[2]
    if len(name.split()) > 10:  # a long name whose "for" goes on in capitals: the name up to "for"
        head = re.match(rf"(.+?\b{_AWARD_NOUN})(?:,|\s+for)\s", name, re.I)
        name = head[1] if head and len(head[1].split()) <= 10 else ""
    return name, issuer, ""


def _asked(text: str, name: str, issuer: str) -> str:
    """A placing alone names no award ("First Prize, National ... Modeling Contest"): asked with its contest."""
    return text if issuer and _BARE_PLACING.fullmatch(name) and len(text.split()) <= 14 else name


def _issued(
    kind: str,
    key: str,
    slot: str,
    text: str,
    parts: tuple[str, str, str],
    year: int | None,
    item: Item,
    n: str,
) -> list[Fact]:
    """The year of an award or certificate, who gave it and what for (`parts`: its line split by
    _named), asked by the name without the issuer."""
    name, issuer, why = parts
    if not name:
        return []
    asked = _asked(text, name, issuer)
    out = [make(kind, f"{key}@{asked}", str(year), item.section, n, **{slot: asked})] if year else []
    if issuer:
        out.append(make("issuer", f"issuer@{name}", issuer, item.section, n, item=name))
    if why:
        out.append(make("award_for", f"award_for@{name}", _cap(why), item.section, n, award=name))
    return out


_AWARD_NOUN = r"(?:prize|award|medal|scholarship|fellowship|grant|honou?r|trophy)"
_FOR_WHAT = re.compile(
    rf"((?:\S+\s+){{0,7}}?\S*{_AWARD_NOUN}s?)\s*(?:[,–—-]\s*)?\bfor\s+((?-i:[a-z]).+)", re.I
)
# An honour may open with a verb ("Shortlisted for ...", "Won ..."); other verbs open an
# accomplishment ("Grew email revenue by 35%", under "Key Achievements"), which is no award.
_HONOUR_VERBS = re.compile(
    r"(won|awarded|received|shortlisted|named|selected|nominated|elected|honou?red|granted|invited|"
    r"ranked|placed|secured|finished)\b",
    re.I,
)


_PLACING = re.compile(
    r"\b((?:1st|2nd|3rd|\d+th|first|second|third|fourth|fifth) place|winner|runner[- ]up|finalist|"
    r"(?:gold|silver|bronze) medal|honou?rable mention|grand prize)\b",
    re.I,
)
# a placing alone, which names no award ("First Prize", "Gold", "Winner")
_BARE_PLACING = re.compile(
    rf"{_PLACING.pattern}|(?:1st|2nd|3rd|first|second|third|top|special) prize|gold|silver|bronze|champion",
    re.I,
)
_PRIZE = re.compile(
    r"\b(?:best|outstanding)\s+(?:student\s+|short\s+)?(?:paper|poster|talk|presentation|thesis|"
    r"dissertation|demo|reviewer)(?:\s+(?:award|prize))?\b",
    re.I,
)


def _award_parts(text: str, item: Item, n: str) -> list[Fact]:
    """'Kaggle Ink Detection, 1st place': the placing in the event, and the event won;
    'NeurIPS Workshop Best Poster': the prize at the event, and the event of the prize."""
    out = []
    for pattern, kind in ((_PLACING, "placing"), (_PRIZE, "prize_at")):
        if not (m := pattern.search(text)):
            continue
        event = (text[: m.start()] + " " + text[m.end() :]).strip(" ,;:()–—-|")
        event = re.sub(r"^(?:at|in|of)\s+|\s+(?:at|in|of)$", "", re.sub(r"\s+", " ", event), flags=re.I)
        if not event or not event[:1].isupper() or len(event.split()) > 8 or _PLACING.search(event):
            continue
        won = _cap(m.group(0))
        if kind == "placing":
            out.append(make("placing", f"placing@{event}", won, item.section, n, event=event))
            if re.fullmatch(r"1st place|first place|winner|grand prize|gold medal", won, re.I):
                out.append(make("won_event", f"won@{event}", event, item.section, n))
        else:
            out.append(make("prize_at", f"prize@{event}", won, item.section, n, event=event))
            out.append(make("prize_where", f"prize_where@{won}", event, item.section, n, prize=won))
    return out


def _won(text: str, name: str, issuer: str) -> str:
    """What "What did she win in 2019?" is answered with: the award's name ("Tacchini Prize", not its
    whole line, which p=1 weights at a third), but a prize named only by what was best or by its
    placing goes with its event ("Best Indie Game, Tokyo Game Show", "First Prize, ... Contest")."""
    return text if not name or re.match(r"(?:best|outstanding)\b", name, re.I) else _asked(text, name, issuer)


def _orgs(p: Profile) -> frozenset[str]:
    return frozenset(x.lower() for x in [*(j.org for j in p.jobs), *(d.school for d in p.degrees)] if x)


def _honour(text: str) -> bool:
    """An award's name, not an accomplishment: "Won ...", "Rising Star" (a gerund opens a title)."""
    return bool(text) and bool(
        _HONOUR_VERBS.match(text) or re.match(r"\w+ing\b", text) or not _verb_question(text)
    )


# "Won the UKCPA Pharmacist of the Year award": the verb is no part of the award's name
_WON = re.compile(r"^(?i:won|received|awarded|earned)\s+(?:(?i:the|an?)\s+)?(?=[A-Z0-9])")


def award_facts(p: Profile, n: str) -> list[Fact]:
    rows = [(_WON.sub("", t, count=1), y, i) for t, y, i in _year_items(p.awards) if _honour(t)]
    if not rows:
        return []
    out = [make("awards", "awards", join([t for t, _, _ in rows]), p.awards[0].section, n)]
    orgs = _orgs(p)
    by_year: dict[int, list[str]] = defaultdict(list)
    for text, year, item in rows:
        parts = _named(text, orgs)
        if year:
            by_year[year].append(_won(text, *parts[:2]))
        out += _issued("award_when", "award_when", "award", text, parts, year, item, n) + _award_parts(
            text, item, n
        )
    for year, texts in by_year.items():
        out.append(make("award_year", f"award@{year}", join(texts), p.awards[0].section, n, year=str(year)))
    return out + _from_issuer("award_from", [t for t, _, _ in rows], p.awards[0].section, n, p)


def _title_venue(text: str) -> tuple[str, str]:
    """A paper's title and venue: quoted titles, or 'Authors (2020). Title. Venue.'"""
    if m := re.search(r"[\"“](.+?)[\"”]\s*[,.]?\s*(?:in\s+)?([^,.]*)", text):
        return m.group(1).strip(" ,."), m.group(2).strip()
    if m := re.search(r"\((?:19|20)\d\d\)\.?\s*([^.]+)\.\s*([^.,]+)", text):
        return m.group(1).strip(), m.group(2).strip()
    # Vancouver and AMA style (medicine): "Quiroga RA, Lee M. Title. Journal. 2020;15(4):210-216."
    if m := re.fullmatch(r"[^.]+\.\s+([^.]{10,}?)\.\s+([^.]+?)\.?\s+(?:19|20)\d\d\s*[;:.].*", text.strip()):
        return m.group(1).strip(), m.group(2).strip()
    return "", ""


# A journal's volume, issue and pages after its name: "Ecology Letters 27: e14321", "Oikos 131(4):
# 1012-1019", "Nature, vol. 12, pp. 3-9"; the venue is the name
_VOLUME = re.compile(
    r"[,.]?\s+(?:(?:vol\.?\s*)?\d+\s*(?:\(\d+\))?\s*[:,]\s*(?:pp?\.\s*)?e?\d+(?:\s*[-–]\s*\d+)?"
    r"|vol\.?\s*\d+(?:,\s*(?:no\.?|issue)\s*\d+)?(?:,\s*pp?\.\s*\d+(?:\s*[-–]\s*\d+)?)?)\.?$",
    re.I,
)


def publication_facts(p: Profile, n: str) -> list[Fact]:
    out, titles = [], []
    for _, year, item in _year_items(p.publications):
        title, venue = _title_venue(item.text)
        if not title:
            continue
        titles.append(title)
        venue = _VOLUME.sub("", strip_range(venue, find_range(venue)))
        if venue and len(venue.split()) <= 10:
            out.append(make("pub_venue", f"venue@{title}", venue, item.section, n, title=title))
        if year:
            out.append(make("pub_year", f"year@{title}", str(year), item.section, n, title=title))
    if titles:
        out.append(make("publications", "publications", join(titles), p.publications[0].section, n))
    return out


# A language or admissions test and its score: "TOEIC Listening & Reading Test, score 875", "IELTS
# Academic 7.5", "GRE: 328"; or any certificate with the word "score" ("Six Sigma exam, score 92")
_TESTS = r"TOEIC|TOEFL|IELTS|GRE|GMAT|SAT|ACT|LSAT|MCAT|Duolingo English Test|TEF|TCF|TestDaF|PTE"
_SCORE = re.compile(
    rf"(?P<test>(?-i:{_TESTS})\b[^,:;()\d]*?)\s*[,:;(]?\s*(?:(?:total |overall )?score[sd]?:?\s*)?(?P<score>\d{{1,4}}(?:\.\d)?)\)?"
    r"|(?P<test2>[^,:;()]+?)\s*[,:;(]?\s*(?:total |overall )?score[sd]?:?\s*(?P<score2>\d{1,4}(?:\.\d)?)\)?",
    re.I,
)


def list_facts(p: Profile, n: str) -> list[Fact]:
    """Certifications, projects, languages, interests: lists and their parts."""
    out = []
    certs = [(t, y, i) for t, y, i in _year_items(p.certifications, held=True) if t]
    if certs:
        out.append(
            make("certifications", "certifications", join([t for t, _, _ in certs]), certs[0][2].section, n)
        )
        orgs = _orgs(p)
        out += [
            fact
            for t, y, i in certs
            for fact in _issued("cert_when", "cert", "cert", t, _named(t, orgs), y, i, n)
        ]
        out += _from_issuer("cert_from", [t for t, _, _ in certs], certs[0][2].section, n, p)
        for t, _, item in certs:
            if m := _SCORE.fullmatch(t):
                test, score = m["test"] or m["test2"], m["score"] or m["score2"]
                out.append(make("cert_score", f"score@{test}", score, item.section, n, test=test))
    projects = []
    for item in p.projects:
        text = strip_range(item.text, find_range(item.text)).strip(" |,")  # its dates are no description
        m = re.match(r"(.+?)\s*(?::|—|–|\s-\s|\s\|\s)\s*(.+)", text)
        title, desc = (m.group(1), item.detail or m.group(2)) if m else (text, item.detail)
        if title and len(title.split()) <= 6:
            projects.append(title)
            if desc:
                out.append(
                    make("project", f"project@{title}", first_clause(desc), item.section, n, title=title)
                )
    if projects:
        out.append(make("projects", "projects", join(projects), p.projects[0].section, n))
    langs = []
    for item in p.languages:
        # Europass: "Mother tongue(s): Portuguese", "Other language(s): English (C1), Spanish (B2)"
        label = _LANGUAGE_LABEL.match(item.text)
        text = item.text[label.end() :] if label else item.text
        native = "Mother tongue" if label and label.group(1) else ""
        # "Anglais : courant (TOEIC 945) – Espagnol : notions": a dash before another "X :" parts two
        for part in re.split(r"[,;·•|/](?![^(]*\))|\s[–—]\s+(?=[^\W\d_]+\s?:)", text):
            m = re.match(r"\s*([^\W\d_][\w ]*?)\s*(?:\(([^)]+)\)|[:–—-]\s*(.+))?\s*$", part)
            if m and len(m.group(1).split()) <= 3:
                lang = english_language(m.group(1))
                langs.append(lang)
                if lvl := (m.group(2) or m.group(3) or native).strip():
                    out.append(make("language_level", f"level@{lang}", lvl, item.section, n, language=lang))
    langs = list(dict.fromkeys(langs))
    if langs:
        out.append(make("languages", "languages", ", ".join(langs), p.languages[0].section, n))
    if 2 <= len(langs) <= 5:
        for lang in langs:
            others = ", ".join(x for x in langs if x != lang)
            out.append(make("besides", f"besides@{lang}", others, p.languages[0].section, n, language=lang))
    interests = [i.text for i in p.interests]
    if interests:
        out.append(make("interests", "interests", ", ".join(interests), p.interests[0].section, n))
    return out + _hobby_facts(p.interests, n)


def _fold(word: str) -> str:
    """Lower case without accents or a Turkish dotted capital: "İngilizce" -> "ingilizce"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _language_names() -> tuple[dict[str, str], dict[str, str]]:
    """Each language's name in the reader's languages (CLDR, through Babel) -> its English name
    ("engelska" -> "English"), and the English names. A name meaning two languages is left out."""
    english = Locale("en").languages
    codes = defaultdict(set)
    for loc in LANGUAGES[1:]:
        for code, name in Locale.parse(loc).languages.items():
            if code in english and "_" not in code:
                codes[_fold(name)].add(code)
    names = {name: english[next(iter(c))] for name, c in codes.items() if len(c) == 1}
    return names, {_fold(v): v for v in english.values()}


def english_language(name: str) -> str:
    """A language named in the resume's own language, in English, for the bot's English questions
    ("Engelska" -> "English", "Bahasa Inggris" -> "English"); an English or unknown name as written."""
    names, english = _language_names()
    if SPOKEN.fullmatch(name.strip()):  # "Bengali" and "Farsi", which CLDR calls "Bangla" and "Persian"
        return name
    key = _fold(name)
    if key in english:  # "Catalán" -> "Catalan"
        return english[key]
    return names.get(_fold(re.sub(r"(?i)^bahasa\s+", "", name.strip())), name)


_LANGUAGE_LABEL = re.compile(
    r"\s*(?:(mother tongues?|mother tongue\(s\)|native languages?|lingua madre|lengua materna|língua materna|"
    r"langue maternelle|muttersprache)|other languages?|other language\(s\)|altre lingue|otr[oa]s (?:idiomas|lenguas)|"
    r"outr[oa]s (?:idiomas|línguas)|autres langues|weitere sprachen|andere sprachen)\s*:\s*",
    re.I,
)
# Words that say what a hobby is. Small on purpose: a word missing only costs a question.
INSTRUMENTS = set(
    "piano guitar violin viola cello drums flute clarinet oboe bassoon saxophone trumpet trombone tuba "
    "harp ukulele banjo mandolin accordion harmonica fiddle bodhrán tabla sitar veena mridangam erhu "
    "guzheng pipa koto shamisen bagpipes synthesizer".split()
)
SPORTS = set(
    "running marathons marathon triathlon triathlons swimming cycling climbing bouldering hiking rowing "
    "football soccer tennis basketball volleyball badminton squash golf rugby cricket hockey skiing "
    "snowboarding surfing sailing kayaking canoeing yoga pilates boxing judo karate taekwondo fencing "
    "skating mountaineering trekking archery netball lacrosse baseball softball handball crossfit "
    "weightlifting powerlifting parkour orienteering paddleboarding windsurfing kitesurfing".split()
)


def _hobby_facts(items: list[Item], n: str) -> list[Fact]:
    """'Carnatic violin' -> the instrument; 'Trail running' -> the sport and the kind of running."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    out = []
    # (and the last of a list after its "and": "Reading, football and travelling")
    split = r"[,;·•|](?![^(]*\))|\s+and\s+(?=[^,]+$)"
    parts = [
        (t.strip(" ."), i) for i in items for t in re.split(split if "," in i.text else r"[;·•|]", i.text)
    ]
    for text, item in parts:
        words = re.findall(r"[^\W\d_][\w'-]*", text.lower())
        if not 1 <= len(words) <= 4:
            continue
        kind = "instrument" if set(words) & INSTRUMENTS else "sport" if set(words) & SPORTS else None
        if kind:
            by_kind[kind].append(_cap(text))
        head = words[-1]
        if len(words) >= 2 and (kind or head.endswith("ing")):  # "sean-nós singing", "flamenco guitar"
            verb = "play" if kind == "instrument" else "do"
            slots = dict(head=head, a_verb=verb, a_verbs="plays" if verb == "play" else "does")
            out.append(make("interest_kind", f"interest_kind@{head}", _cap(text), item.section, n, **slots))
    for kind, texts in by_kind.items():
        out.append(make(kind, kind, ", ".join(texts), items[0].section, n))
    return out


def skill_facts(p: Profile, n: str) -> list[Fact]:
    out, everything = [], []
    for cat, items, sec in p.skills:
        everything += items
        if cat:
            name = cat if cat.isupper() else cat.lower()
            out.append(make("skills_cat", f"skills@{name}", ", ".join(items), sec, n, cat=name))
            if 2 <= len(items) <= 8:
                rest = ", ".join(items[1:])
                out.append(
                    make("skills_besides", f"skills_besides@{name}", rest, sec, n, cat=name, first=items[0])
                )
    if everything:
        # the first six of all categories (each category is asked whole above); a list with no
        # categories is asked whole here, up to twelve ("Kotlin, Go, ..., Terraform": the seventh is a
        # skill too, and no other question would name it)
        most = 6 if any(cat for cat, _, _ in p.skills) else 12
        out.append(
            make("skills", "skills", ", ".join(list(dict.fromkeys(everything))[:most]), p.skills[0][2], n)
        )
    return out


_YEARS = re.compile(
    r"\b(\d{1,2}\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\+?\s+"
    r"(?:years?|yrs)['’]?\s+(?:of\s+)?(?:[\w-]+\s+){0,4}?(?:experience|work|practice)\b"
    r"|(?<=\bwith )(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\+?\s+"
    r"years?\s+(?:in|as|at|across)\b",  # "analyst with 7 years in aerospace"
    re.I,
)


def profile_facts(p: Profile, n: str) -> list[Fact]:
    out = []
    if p.headline:
        out.append(make("headline", "headline", p.headline, None, n))
    for text, sec in p.summary[:1]:
        # A career objective ("To work in a challenging environment...", "Seeking a role...") is
        # what the person wants, not who they are: no answer to "Who is Rohan?".
        if not re.match(r"(to|seeking|looking)\b", text, re.I):
            out.append(make("summary", "summary", first_clause(text), sec, n))
    said = " ".join([p.headline] + [text for text, _ in p.summary])
    if m := _YEARS.search(said):  # "Five years of experience", "with eight years of field and lab work"
        out.append(
            make("experience_years", "experience_years", f"{_cap(m.group(1) or m.group(2))} years", None, n)
        )
    for key in ("email", "phone", "github", "linkedin", "website", "location", "nationality"):
        if value := p.contact.get(key):
            out.append(make(key, key, value, None, n))
    return out


def achievement_facts(p: Profile, n: str) -> list[Fact]:
    """A functional resume's bullets: asked by their area ("What has Jordan done in Curriculum
    Design?"), by their verb ("What did Jordan write?") and by their counts, with no employer."""
    out, areas, verbs = [], defaultdict(list), defaultdict(list)
    # and the accomplishments of a "Key Achievements" section ("Grew email revenue by 35%"): no honours
    done = [("", i.text, i.section) for i in p.awards if not _honour(strip_range(i.text, i.dates))]
    for area, text, sec in p.achievements + done:
        if area:
            areas[(area, sec)].append(first_clause(text))
        if vq := _verb_question(text):
            verbs[(vq[0], sec)].append(vq[1])
    for (area, sec), texts in areas.items():
        out.append(make("area_did", f"area@{area}", texts[0], sec, n, area=area))
    for (verb, sec), objects in verbs.items():
        out.append(make("feat_verb", f"feat@{verb}", join(objects), sec, n, verb=verb, a_past=_past(verb)))
        for obj in objects:
            out += _counts(obj, verb, None, sec, n)
    return out


FACT_FUNCTIONS = (
    profile_facts,
    job_facts,
    achievement_facts,
    volunteer_facts,
    degree_facts,
    award_facts,
    publication_facts,
    list_facts,
    skill_facts,
)


def extract_facts(profile: Profile, name: str) -> list[Fact]:
    """Every fact the profile states that we can ask about, before the quality gate."""
    return [fact for fn in FACT_FUNCTIONS for fact in fn(profile, name)]


# ---- the quality gate -------------------------------------------------------------------------

_RESIDUE = re.compile(r"\*\*|__|\]\(|^[-*•➢●▪#>|]|\s\|\s|\|$|={2,}|-{2,}|\t|\s{3,}|^\W+$")
_DANGLING = re.compile(
    r"(?:\b(?:and|or|of|the|a|an|to|for|with|in|on|at|by|from|as|und|et|y)|[,&/(-])$", re.I
)
MAX_ANSWER_WORDS = 40


# the kinds whose answer is a date (a date as the answer to any other question is a misread)
_DATE_KINDS = ("dates", "award_when", "cert", "year", "start", "end", "grad", "promoted", "volunteer_when")


def check(fact: Fact) -> str | None:
    """Why a fact must not become a training pair, or None if it may."""
    a = fact.answer
    if not a.strip(" .,;:-"):
        return "empty answer"
    for text in (a, *fact.slots):
        if _RESIDUE.search(text) or text.count("(") != text.count(")") or text.count('"') % 2:
            return "formatting residue"
    for slot in fact.slots:
        if len(slot.split()) > 12 or re.match(r"(i|we|my|ich|je)\b", slot, re.I):
            return "a sentence taken for a name"
    if re.match(r"(i|we|my|our|ich|wir|je|nous|yo)\b", a, re.I) and fact.key != "skills":
        return "first-person prose"
    if re.fullmatch(r"(present|current|now|today|heute|since)", a, re.I):
        return "a date word as answer"
    if section_kind(a, loose=False) and len(a.split()) <= 3:
        return "a section title as answer"
    kind = fact.key.split("@")[0]
    dates = find_range(a)
    if (
        dates
        and not strip_range(a, dates).strip(" .")
        and not any(fact.key.startswith(k) for k in _DATE_KINDS)
    ):
        return "a date as answer"
    # "Toronto, ON", "Portland, OR": a state's code, not a preposition left hanging; nor is the
    # letter of a name ("Journal of Materials Chemistry A", "Series A") an article
    dangling = _DANGLING.search(a) and not re.search(r"\b[A-Z]{2}$|\b[A-Z][a-z]+ A$", a)
    if dangling and kind not in ("email", "website", "github", "linkedin", "phone"):
        return "answer cut mid-phrase"
    if len(a.split()) > MAX_ANSWER_WORDS:
        return "answer too long"
    if kind not in ("headline",) and any(a.lower() == s.lower() for s in fact.slots):
        return "answer repeats the question"
    return None


def gate(facts: list[Fact]) -> tuple[list[Fact], Counter]:
    """Facts that pass every check, each question asked once; dropped facts counted by reason.

    A question that two facts ask with different answers (one role at two companies of the same
    name...) would teach a contradiction: that question is dropped from both.
    """
    dropped: Counter = Counter()
    kept = []
    for fact in facts:
        if reason := check(fact):
            dropped[reason] += 1
        else:
            kept.append(fact)
    answers: dict[str, set[str]] = defaultdict(set)
    for fact in kept:
        for q in fact.questions:
            answers[q.lower()].add(fact.answer.lower())
    out, seen = [], set()
    for fact in kept:
        pairs = [(q, r) for q, r in fact.pairs() if len(answers[q.lower()]) == 1 and q.lower() not in seen]
        if n := sum(len(answers[q.lower()]) > 1 for q in fact.questions):
            dropped["conflicting answers"] += n
        seen.update(q.lower() for q, _ in pairs)
        if pairs:
            questions, replies = zip(*pairs)
            out.append(Fact(fact.key, questions, fact.answer, fact.section, fact.slots, replies))
    return out, dropped
