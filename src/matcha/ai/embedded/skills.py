"""Skill taxonomy: canonical names, synonyms and boundary-safe matching in free text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# Canonical name -> aliases (lower-case, matched case-insensitively). An alias starting with "="
# is matched case-sensitively because it is also an English word ("Go", "R", "Swift").
TAXONOMY: dict[str, tuple[str, ...]] = {
    # languages
    "Python": ("python", "python3"),
    "Java": ("java",),
    "JavaScript": ("javascript", "=JS", "es6", "vanilla js"),
    "TypeScript": ("typescript", "=TS"),
    "Go": ("golang", "=Go"),
    "Rust": ("=Rust",),
    "C": ("=C",),
    "C++": ("c++", "cpp"),
    "C#": ("c#", "csharp"),
    "Ruby": ("ruby",),
    "PHP": ("php",),
    "Kotlin": ("kotlin",),
    "Swift": ("=Swift",),
    "Objective-C": ("objective-c", "objc"),
    "Scala": ("scala",),
    "R": ("=R",),
    "Elixir": ("elixir",),
    "Haskell": ("haskell",),
    "Clojure": ("clojure",),
    "Dart": ("=Dart",),
    "Perl": ("perl",),
    "Bash": ("bash", "shell scripting"),
    "SQL": ("sql",),
    "T-SQL": ("t-sql",),
    "PL/SQL": ("pl/sql",),
    "Lua": ("=Lua",),
    "Solidity": ("solidity",),
    "MATLAB": ("matlab",),
    # backend frameworks
    "Django": ("django",),
    "Flask": ("flask",),
    "FastAPI": ("fastapi",),
    "Spring": ("spring", "spring framework"),
    "Spring Boot": ("spring boot", "springboot"),
    "Ruby on Rails": ("ruby on rails", "rails", "ror"),
    "Node.js": ("node.js", "nodejs", "=Node"),
    "Express.js": ("express.js", "expressjs", "=Express"),
    "ASP.NET": ("asp.net", "asp.net core"),
    ".NET": (".net", "dotnet", ".net core"),
    "Entity Framework": ("entity framework",),
    "Laravel": ("laravel",),
    "Phoenix": ("=Phoenix",),
    "gRPC": ("grpc",),
    "GraphQL": ("graphql",),
    "REST": ("=REST", "restful", "rest apis", "rest api"),
    "Microservices": ("microservices", "microservice architecture"),
    "Sidekiq": ("sidekiq",),
    "Celery": ("celery",),
    "WCF": ("wcf",),
    "WinForms": ("winforms",),
    "jQuery": ("jquery",),
    # frontend
    "React": ("react", "reactjs", "react.js"),
    "React Native": ("react native",),
    "Vue.js": ("vue", "vue.js", "vuejs"),
    "Angular": ("angular", "angularjs"),
    "Svelte": ("svelte",),
    "Next.js": ("next.js", "nextjs"),
    "Redux": ("redux",),
    "HTML": ("html", "html5"),
    "CSS": ("css", "css3"),
    "Sass": ("sass", "scss"),
    "Tailwind CSS": ("tailwind", "tailwind css"),
    "Webpack": ("webpack",),
    "Jest": ("jest",),
    "Cypress": ("cypress",),
    "Selenium": ("selenium",),
    "Playwright": ("playwright",),
    "Storybook": ("storybook",),
    "WordPress": ("wordpress",),
    # mobile
    "iOS": ("ios",),
    "Android": ("android",),
    "SwiftUI": ("swiftui",),
    "Jetpack Compose": ("jetpack compose",),
    "Flutter": ("flutter",),
    "Firebase": ("firebase",),
    # data & ML
    "pandas": ("pandas",),
    "NumPy": ("numpy",),
    "scikit-learn": ("scikit-learn", "sklearn"),
    "TensorFlow": ("tensorflow",),
    "PyTorch": ("pytorch",),
    "Keras": ("keras",),
    "XGBoost": ("xgboost",),
    "Apache Spark": ("apache spark", "pyspark", "=Spark"),
    "Hadoop": ("hadoop",),
    "Airflow": ("airflow", "apache airflow"),
    "dbt": ("dbt",),
    "Kafka": ("kafka", "apache kafka"),
    "RabbitMQ": ("rabbitmq",),
    "Tableau": ("tableau",),
    "Power BI": ("power bi", "powerbi"),
    "Looker": ("looker",),
    "Machine Learning": ("machine learning", "=ML"),
    "Deep Learning": ("deep learning",),
    "NLP": ("nlp", "natural language processing"),
    "Computer Vision": ("computer vision",),
    "Statistics": ("statistics", "statistical modeling"),
    "A/B Testing": ("a/b testing", "a/b tests", "ab testing", "experimentation"),
    "Data Analysis": ("data analysis", "data analytics"),
    "ETL": ("etl",),
    "MLOps": ("mlops",),
    "Kubeflow": ("kubeflow",),
    "LLMs": ("llm", "llms", "large language models"),
    # databases
    "PostgreSQL": ("postgresql", "postgres", "psql"),
    "MySQL": ("mysql",),
    "SQLite": ("sqlite",),
    "MongoDB": ("mongodb", "mongo"),
    "Redis": ("redis",),
    "Elasticsearch": ("elasticsearch", "elastic search"),
    "Cassandra": ("cassandra",),
    "DynamoDB": ("dynamodb",),
    "Oracle": ("oracle", "oracle db"),
    "SQL Server": ("sql server", "mssql", "ms sql"),
    "BigQuery": ("bigquery",),
    "Snowflake": ("snowflake",),
    # cloud & devops
    "AWS": ("aws", "amazon web services", "aws lambda", "eks", "ec2"),
    "GCP": ("gcp", "google cloud"),
    "Azure": ("azure", "microsoft azure"),
    "Azure DevOps": ("azure devops",),
    "Docker": ("docker", "dockerised", "dockerized", "containers"),
    "Kubernetes": ("kubernetes", "k8s"),
    "OpenShift": ("openshift",),
    "Helm": ("=Helm", "helm charts"),
    "Terraform": ("terraform",),
    "Ansible": ("ansible",),
    "Pulumi": ("pulumi",),
    "Jenkins": ("jenkins",),
    "GitHub Actions": ("github actions",),
    "GitLab CI": ("gitlab ci",),
    "CI/CD": ("ci/cd", "cicd", "continuous integration"),
    "Prometheus": ("prometheus",),
    "Grafana": ("grafana",),
    "Datadog": ("datadog",),
    "Splunk": ("splunk",),
    "Linux": ("linux", "unix"),
    "Nginx": ("nginx",),
    "Heroku": ("heroku",),
    "Git": ("=Git", "git", "github", "gitlab"),
    "Maven": ("maven",),
    "Gradle": ("gradle",),
    "Serverless": ("serverless",),
    "SRE": ("sre", "site reliability"),
    # security & quality
    "Application Security": ("application security", "appsec"),
    "Penetration Testing": ("penetration testing", "pentesting"),
    "Threat Modeling": ("threat modeling", "threat modelling"),
    "OWASP": ("owasp",),
    "SIEM": ("siem",),
    "Test Automation": ("test automation",),
    "JUnit": ("junit",),
    "RSpec": ("rspec",),
    "pytest": ("pytest",),
    "Postman": ("postman",),
    # design
    "Figma": ("figma",),
    "Sketch": ("=Sketch",),
    "Adobe XD": ("adobe xd",),
    "Photoshop": ("photoshop",),
    "Illustrator": ("illustrator",),
    "Prototyping": ("prototyping", "prototypes"),
    "Wireframing": ("wireframing", "wireframes"),
    "User Research": ("user research", "ux research", "user interviews"),
    "Usability Testing": ("usability testing",),
    "Design Systems": ("design systems", "design system"),
    "Interaction Design": ("interaction design",),
    "UI Design": ("ui design",),
    "UX Design": ("ux design",),
    "Journey Mapping": ("journey mapping",),
    "Survey Design": ("survey design",),
    # product & process
    "Product Management": ("product management",),
    "Roadmapping": ("roadmapping", "roadmap planning"),
    "OKRs": ("okrs", "okr"),
    "Agile": ("agile",),
    "Scrum": ("scrum",),
    "Kanban": ("kanban",),
    "Jira": ("jira",),
    "Stakeholder Management": ("stakeholder management",),
    "Project Management": ("project management",),
    "Strategic Planning": ("strategic planning", "strategy"),
    "Budgeting": ("budgeting", "budget management"),
    "Risk Management": ("risk management",),
    "Architecture": ("architecture", "system design", "software architecture"),
    # soft skills
    "Leadership": ("leadership",),
    "Mentoring": ("mentoring", "mentorship", "coaching"),
    "Hiring": ("hiring", "recruiting"),
    "Communication": ("communication skills",),
    "Public Speaking": ("public speaking",),
    "Technical Writing": ("technical writing",),
}


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for canonical, aliases in TAXONOMY.items():
        index[canonical.lower()] = canonical
        for alias in aliases:
            index[alias.lstrip("=").lower()] = canonical
    return index


def _boundary(alias: str) -> str:
    # Not inside a longer token: "Java" must not match in "JavaScript", nor "C" in "C++".
    return rf"(?<![\w+#./-]){re.escape(alias)}(?![\w+#&]|\.\w|-\w)"


@lru_cache(maxsize=1)
def _matchers() -> list[tuple[re.Pattern[str], str]]:
    out: list[tuple[re.Pattern[str], str]] = []
    for canonical, aliases in TAXONOMY.items():
        for alias in aliases:  # the canonical name itself is matched only if listed as an alias
            sensitive = alias.startswith("=")
            pattern = _boundary(alias.lstrip("="))
            out.append((re.compile(pattern, 0 if sensitive else re.IGNORECASE), canonical))
    return out


def normalize_skill(skill: str) -> str:
    """The canonical name of a skill ('postgres' -> 'PostgreSQL'); unknown skills are kept tidy."""
    cleaned = re.sub(r"\s+", " ", skill.strip())
    index = _alias_index()
    if cleaned.lower() in index:
        return index[cleaned.lower()]
    cleaned = cleaned.strip(",;:()").rstrip(".")
    return index.get(cleaned.lower(), cleaned)


def normalize_skills(skills: Iterable[str]) -> list[str]:
    """Canonical names, de-duplicated, in first-seen order."""
    out: list[str] = []
    for skill in skills:
        name = normalize_skill(skill)
        if name and name.lower() not in {s.lower() for s in out}:
            out.append(name)
    return out


def find_skills(text: str) -> list[str]:
    """Skills mentioned in free text, in order of first mention; longest match wins overlaps."""
    hits: list[tuple[int, int, str]] = []
    for pattern, canonical in _matchers():
        hits.extend((m.start(), m.end(), canonical) for m in pattern.finditer(text))
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    taken: list[tuple[int, int]] = []
    accepted: list[tuple[int, str]] = []
    for start, end, canonical in hits:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        accepted.append((start, canonical))
    return normalize_skills(name for _, name in sorted(accepted))


# Knowing the left skill implies the right ones (PostgreSQL users know SQL).
IMPLIES: dict[str, tuple[str, ...]] = {
    "PostgreSQL": ("SQL",), "MySQL": ("SQL",), "Oracle": ("SQL",), "SQL Server": ("SQL",),
    "T-SQL": ("SQL",), "PL/SQL": ("SQL",), "SQLite": ("SQL",), "BigQuery": ("SQL",),
    "Snowflake": ("SQL",), "Spring Boot": ("Spring", "Java"), "Spring": ("Java",),
    "Django": ("Python",), "Flask": ("Python",), "FastAPI": ("Python",), "pandas": ("Python",),
    "PyTorch": ("Python",), "Ruby on Rails": ("Ruby",), "Next.js": ("React",), "Redux": ("React",),
    "SwiftUI": ("Swift",), "Jetpack Compose": ("Kotlin",), "ASP.NET": (".NET", "C#"),
    "Express.js": ("Node.js",), "Kubeflow": ("Kubernetes",), "OpenShift": ("Kubernetes",),
    "Helm": ("Kubernetes",), "TypeScript": ("JavaScript",),
}  # fmt: skip


def with_implied(skills: Iterable[str]) -> list[str]:
    """Canonical skills plus the ones they imply, for requirement matching."""
    out = normalize_skills(skills)
    for skill in list(out):
        out.extend(s for s in IMPLIES.get(skill, ()) if s not in out)
    return out
