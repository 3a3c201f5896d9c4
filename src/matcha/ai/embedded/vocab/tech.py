# ruff: noqa: E501 (one skill a line: the table reads better unwrapped)
"""Data, cloud, platform and mobile tools beyond the core software table."""

TABLE = """
# data engineering and analytics
Databricks: databricks
Apache Flink: flink
Apache Beam: beam
Apache Hive: =Hive; hiveql
Presto: presto; trino
Delta Lake: delta lake; lakehouse
Apache Iceberg: iceberg
Redshift: amazon redshift
S3: amazon s3
AWS Glue: aws glue; =Glue
Athena: amazon athena
Amazon Kinesis: kinesis
EKS: amazon eks; aws eks
ECS: amazon ecs; aws ecs
EC2: amazon ec2; aws ec2
AWS Lambda: aws lambda; lambda functions
MWAA: amazon mwaa
MSK: amazon msk
SageMaker: sagemaker; aws sagemaker
Dataproc: dataproc
Dataflow: google dataflow; cloud dataflow; =Dataflow
Pub/Sub: pub/sub; pubsub
Cloud Composer: cloud composer
Azure Data Factory: azure data factory; =ADF
Synapse: azure synapse
SSIS: ssis
SSRS: ssrs
SSAS: ssas
Informatica: informatica
Talend: talend
Pentaho: pentaho
Fivetran: fivetran
Airbyte: airbyte
Great Expectations: great expectations
Data Quality: data quality; data-quality
Data Validation: data validation; data-validation
Data Contracts: data contracts; data contract
Data Modeling: data modeling; data modelling; dimensional modeling; dimensional modelling; star schema
Data Warehousing: data warehousing; data warehouse
Data Governance: data governance
Stream Processing: stream processing; streaming pipelines; real-time streaming
Infrastructure as Code: infrastructure as code; =IaC
Metabase: metabase
Qlik: qlik; qlikview; qlik sense
SAS: =SAS
SPSS: spss
Stata: stata
statsmodels: statsmodels
Prophet: prophet
LightGBM: lightgbm
CatBoost: catboost
MLflow: mlflow
Feast: =Feast
KServe: kserve
Evidently: evidently ai; =Evidently
SHAP: =SHAP
Hugging Face: hugging face; huggingface; transformers library
LangChain: langchain
Recommender Systems: recommender systems; recommendation systems; recommendation models; recommendation engine
Fraud Detection: fraud detection; fraud models
Credit Risk Modeling: credit risk modeling; credit risk modelling; credit-risk scorecards; credit scoring
Time Series Forecasting: time series forecasting; time-series forecasting
Jupyter: jupyter; jupyter notebooks
# platform, observability, delivery
Argo CD: argo cd; argocd
Loki: =Loki
OpenTelemetry: opentelemetry
Jaeger: =Jaeger
New Relic: new relic
PagerDuty: pagerduty
Istio: istio
Vault: hashicorp vault
Consul: hashicorp consul
FinOps: finops; cloud cost optimization; cloud cost optimisation
Capacity Planning: capacity planning
CircleCI: circleci
Bitrise: bitrise
Fastlane: fastlane
VMware: vmware
Windows Server: windows server
Active Directory: active directory
~Networking: =TCP/IP; network administration; network engineering
# testing and APIs
Hypothesis: property-based testing; hypothesis library
Chromatic: chromatic; visual regression testing
Espresso: =Espresso
XCTest: xctest
SOAP: =SOAP
Django REST Framework: django rest framework; =DRF
OpenAPI: openapi; swagger
# mobile
Kotlin Coroutines: coroutines; kotlin coroutines
Retrofit: =Retrofit
Hilt: =Hilt; dagger hilt
WorkManager: workmanager
Firebase Crashlytics: crashlytics
Firebase Remote Config: remote config
Firebase Analytics: firebase analytics
Google Play Console: play console; google play console
App Store Connect: app store connect
Xcode: xcode
Core Data: core data
Combine: =Combine framework
# product analytics
Mixpanel: mixpanel
Amplitude: amplitude analytics; =Amplitude
~Segment: segment.io; twilio segment
Google Analytics: google analytics; =GA4; universal analytics
Google Tag Manager: google tag manager; =GTM
Hotjar: hotjar
FullStory: fullstory
Optimizely: optimizely
"""
