"""Regenerate chat_logs.jsonl: `python examples/alex/make_chat_logs.py > examples/alex/chat_logs.jsonl`.

The logs imitate a chatty bot: the same kinds of questions are answered sometimes in a few words
and sometimes in a padded paragraph. Deterministic (fixed seed). Standard library only.
"""

import json
import random
from datetime import datetime, timedelta

# topic -> (user phrasings, short answers, long-answer core sentences)
TOPICS = {
    "schools": (
        [
            "Where did Alex go to school?",
            "what colleges did alex attend",
            "Alex's education?",
            "Which universities has Alex studied at?",
            "where did alex study",
        ],
        [
            "Johns Hopkins for masters, WWU for undergrad.",
            "Johns Hopkins (M.S.) and Western Washington University (B.S.).",
            "JHU for the masters, WWU for undergrad.",
        ],
        [
            "Alex earned a master's degree in Computer Science at Johns Hopkins University, and before that completed "
            "a bachelor's in Mathematics at Western Washington University, often called WWU."
        ],
    ),
    "masters": (
        [
            "Where did Alex do the masters?",
            "what's alex's graduate degree",
            "Does Alex have a master's?",
            "Which school gave Alex an M.S.?",
        ],
        ["An M.S. in Computer Science from Johns Hopkins.", "Johns Hopkins, M.S. in Computer Science."],
        [
            "Yes, Alex holds a Master of Science in Computer Science from Johns Hopkins University, finished in 2021, "
            "with a thesis on graph neural networks for protein interactions."
        ],
    ),
    "undergrad": (
        [
            "where did alex do undergrad",
            "What did Alex major in?",
            "Alex's bachelor's degree?",
            "What did Alex study in college?",
        ],
        ["Mathematics at WWU.", "A B.S. in Mathematics from Western Washington University."],
        [
            "For undergrad Alex studied Mathematics at Western Washington University (WWU), graduating magna cum laude "
            "in 2018 with a minor in Computer Science."
        ],
    ),
    "job": (
        [
            "What does Alex do?",
            "where does alex work now",
            "What's Alex's current job?",
            "Alex's role at Creyon Bio?",
            "What was Alex's role at Creyon Bio?",
            "Who does Alex work for?",
        ],
        ["Data Scientist at Creyon Bio.", "Data Scientist.", "Alex is a Data Scientist at Creyon Bio."],
        [
            "Alex currently works as a Data Scientist at Creyon Bio, a company that uses machine learning to design "
            "RNA-targeting drugs, where Alex builds sequence models that predict oligonucleotide toxicity."
        ],
    ),
    "creyon_work": (
        [
            "What does Alex work on at Creyon?",
            "what kind of models does alex build at work",
            "What is Alex's work at Creyon Bio about?",
        ],
        ["Sequence models that predict oligonucleotide toxicity.", "ML models for RNA drug design."],
        [
            "At Creyon Bio Alex builds sequence models that predict the toxicity of oligonucleotide drug candidates, "
            "and cut model training time from two days to four hours by moving the pipeline to PyTorch Lightning."
        ],
    ),
    "vesuvius": (
        [
            "Did Alex win a Kaggle competition?",
            "what is alex's kaggle result",
            "Tell me about the Vesuvius Challenge.",
            "What place did Alex get in the Vesuvius Challenge?",
        ],
        [
            "Yes: 1st place in the Kaggle Vesuvius Challenge Ink Detection.",
            "1st place.",
            "First place in Kaggle's Vesuvius Challenge.",
        ],
        [
            "Alex took 1st place in the Kaggle Vesuvius Challenge Ink Detection competition in 2023, training 3D "
            "segmentation models that find ink on CT scans of carbonized Herculaneum scrolls."
        ],
    ),
    "awards": (
        ["What awards has Alex won?", "any awards?", "Has Alex received any honors?", "list alex's awards"],
        [
            "Kaggle Vesuvius 1st place, NeurIPS LatinX Best Poster.",
            "Kaggle Vesuvius Challenge 1st place, NeurIPS LatinX in AI Best Poster, and a Johns Hopkins fellowship.",
        ],
        [
            "Alex has won 1st place in the Kaggle Vesuvius Challenge Ink Detection competition, the Best Poster award "
            "at the NeurIPS LatinX in AI Workshop in 2022, and a Johns Hopkins Data Science Fellowship in 2019."
        ],
    ),
    "neurips": (
        ["What did Alex win at NeurIPS?", "was alex at neurips", "Tell me about Alex's NeurIPS poster."],
        ["Best Poster at the NeurIPS LatinX in AI Workshop.", "Best Poster, NeurIPS LatinX 2022."],
        [
            "Alex presented a poster on geometric graph networks for protein interaction prediction at the NeurIPS "
            "LatinX in AI Workshop in 2022, and it won the Best Poster award."
        ],
    ),
    "skills": (
        [
            "What programming languages does Alex know?",
            "What tools does Alex use?",
            "alex's tech stack?",
            "Is Alex good with PyTorch?",
        ],
        [
            "Python, SQL, R and C++; mostly PyTorch.",
            "Python and PyTorch, plus SQL, JAX and Docker.",
            "Yes, daily.",
        ],
        [
            "Alex programs mainly in Python, with SQL, R and C++ as well, and works with PyTorch, JAX, scikit-learn "
            "and Hugging Face Transformers, deploying with Docker, AWS and Airflow."
        ],
    ),
    "jhu_research": (
        [
            "What research did Alex do at Johns Hopkins?",
            "what was alex's research about",
            "Did Alex work in a lab?",
        ],
        [
            "Graph neural networks for protein interaction prediction.",
            "GNNs for protein-protein interactions, Gray Lab.",
        ],
        [
            "As a Research Assistant at Johns Hopkins from 2019 to 2021, Alex developed graph neural networks for "
            "protein-protein interaction prediction in the Gray Lab and co-authored two papers."
        ],
    ),
    "zillow": (
        ["Did Alex ever work at Zillow?", "what did alex do at zillow", "Alex's internship?"],
        ["Yes, a Data Analyst internship in 2018.", "Data Analyst Intern at Zillow, summer 2018."],
        [
            "In the summer of 2018 Alex was a Data Analyst Intern at Zillow, building dashboards of home price "
            "forecasts for 40 metro areas and automating a weekly SQL report."
        ],
    ),
    "location": (
        ["Where is Alex based?", "where does alex live", "Is Alex in California?"],
        ["San Diego, CA.", "San Diego.", "Yes, San Diego."],
        ["Alex is based in San Diego, California, where Creyon Bio is located, and is open to hybrid work."],
    ),
    "experience_years": (
        ["How much experience does Alex have?", "how many years has alex worked in ML", "Is Alex senior?"],
        ["About five years.", "Five years in machine learning."],
        [
            "Alex has about five years of experience building machine learning models for biology, computer vision "
            "and language, from research prototypes through to production systems."
        ],
    ),
    "publications": (
        ["Has Alex published anything?", "alex's papers?", "What has Alex written?"],
        [
            "Two papers: protein interaction GNNs (NeurIPS LatinX 2022) and scroll ink detection (arXiv 2024).",
            "Yes, two papers.",
        ],
        [
            "Alex has published 'Geometric Graph Networks for Protein Interaction Prediction' at the NeurIPS LatinX "
            "in AI Workshop in 2022 and 'Reading the Unreadable: Ink Detection in Herculaneum Scrolls' on arXiv in 2024."
        ],
    ),
    "projects": (
        ["What side projects does Alex have?", "what is ScrollSeg", "Tell me about TideBot."],
        [
            "ScrollSeg and TideBot.",
            "ScrollSeg, an open-source 3D segmentation toolkit.",
            "A Discord bot for tide tables.",
        ],
        [
            "Alex maintains ScrollSeg, an open-source 3D segmentation toolkit for CT scans of ancient scrolls, and "
            "TideBot, a Discord bot that answers questions about local tide tables."
        ],
    ),
    "contact": (
        ["How can I contact Alex?", "what's alex's email", "Is Alex on GitHub?"],
        ["alex.moreno@example.com", "Email alex.moreno@example.com.", "Yes: github.com/alexmoreno."],
        [
            "You can reach Alex by email at alex.moreno@example.com, and find Alex's code on GitHub at "
            "github.com/alexmoreno or on LinkedIn."
        ],
    ),
    "teaching": (
        ["Has Alex taught?", "was alex a TA", "Did Alex teach at WWU?"],
        ["Yes, a TA for Intro to Statistics at WWU.", "Yes, at WWU."],
        [
            "Yes. From 2016 to 2018 Alex was a Teaching Assistant at Western Washington University, leading lab "
            "sections for Introduction to Statistics with about 60 students a quarter."
        ],
    ),
}

OPENERS = [
    "Great question! ",
    "Thanks for asking! ",
    "I'd be happy to tell you about that. ",
    "Absolutely! ",
    "Sure, here's some background. ",
    "That's something a lot of people ask about. ",
    "",
]
MIDDLES = [
    " It's one of the things Alex is most proud of, and it shaped a lot of the work that came afterwards.",
    " This experience gave Alex a strong foundation in both the theory and the practice of machine learning.",
    " Alex often mentions how much they learned from the people they worked with along the way.",
    " It's a good example of how Alex combines careful engineering with research curiosity.",
    "",
]
CLOSERS = [
    " Let me know if you'd like to know more about any of this!",
    " Is there anything else you'd like to know?",
    " I hope that helps! Feel free to ask me anything else about Alex's background.",
    " If you have follow-up questions, I'm happy to go into more detail.",
    "",
]


def main(n: int = 240, seed: int = 7) -> None:
    rng = random.Random(seed)
    start = datetime(2026, 9, 1, 9, 0, 0)
    topics = list(TOPICS)
    for i in range(n):
        topic = topics[i % len(topics)] if i < len(topics) * 2 else rng.choice(topics)
        questions, shorts, cores = TOPICS[topic]
        question = rng.choice(questions)
        if rng.random() < 0.5:
            answer = rng.choice(shorts)
        else:
            middles = "".join(rng.sample(MIDDLES[:-1], rng.randint(0, 3)))
            answer = rng.choice(OPENERS) + rng.choice(cores) + middles + rng.choice(CLOSERS)
        start += timedelta(minutes=rng.randint(3, 400))
        print(
            json.dumps(
                {
                    "timestamp": start.isoformat() + "Z",
                    "session_id": f"s{rng.randint(1000, 9999)}",
                    "user_message": question,
                    "bot_response": answer,
                    "model": "alex-bot-v1",
                    "latency_ms": rng.randint(300, 4000),
                }
            )
        )


if __name__ == "__main__":
    main()
