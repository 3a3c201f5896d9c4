# ruff: noqa: E501 (one skill a line: the table reads better unwrapped)
"""Sales, marketing, customer support, finance and accounting."""

TABLE = """
# sales
=Salesforce: salesforce crm; sfdc; =Salesforce
HubSpot: hubspot
Pipedrive: pipedrive
Microsoft Dynamics 365: dynamics 365; microsoft dynamics; dynamics crm; =D365
Zoho CRM: zoho crm; =Zoho
~Outreach: outreach.io; outreach sequences
Salesloft: salesloft
=Gong: gong.io
Clari: =Clari
~Chorus: chorus.ai
Lusha: lusha
Seamless.AI: seamless.ai
Highspot: highspot
DocuSign: docusign
Salesforce CPQ: salesforce cpq; =CPQ
LinkedIn Sales Navigator: sales navigator; linkedin sales navigator
ZoomInfo: zoominfo
Apollo.io: apollo.io
CRM: customer relationship management
Key Account Management: key account management; key accounts; account management; key account manager; account manager
Account Planning: account planning; account plans
Business Development: business development; new business development; new-business sales; new-business; new business sales; =BD; new logo acquisition; new-logo acquisition; new logos
Lead Generation: lead generation; lead gen; lead-generation
Lead Qualification: lead qualification; qualifying leads; qualified leads; =BANT
Prospecting: prospecting; cold outreach; outbound prospecting; outbound sales; cold emailing; cold email; cold emails; sales sequences
Cold Calling: cold calling; cold calls; cold-calling; cold call
Telesales: telesales; inside sales; telemarketing
Field Sales: field sales; outside sales
Solution Selling: solution selling; consultative selling; consultative sales; value selling; value-based selling
Challenger Sale: challenger sale; challenger selling
SPIN Selling: spin selling
MEDDIC: meddic; meddpicc; meddicc
Sandler: sandler selling; sandler training
Pipeline Management: pipeline management; pipeline forecasting; pipeline generation; pipeline building; pipeline hygiene; pipeline reviews; sales pipeline; managing pipeline; managed pipeline; built pipeline; building pipeline
Sales Forecasting: sales forecasting; sales forecast; sales forecasts; deal forecasting; commit forecasts
Negotiation: negotiation; negotiations; negotiating
Contract Negotiation: contract negotiation; contract negotiations
~Pricing: price reviews; pricing strategy; pricing analysis
Territory Management: territory management; territory planning
Channel Sales: channel sales; channel partners; partner management
Order Entry: order entry; order processing
Quota Attainment: quota attainment; quota achievement; of quota; to quota; exceeded quota; exceeding quota; exceeded my quota; over quota; above quota; quota-carrying; president's club; presidents club
Retail Sales: retail sales
B2B Sales: b2b sales; b2b selling
Enterprise Sales: enterprise sales; enterprise selling; enterprise accounts; enterprise deals
Mid-Market Sales: mid-market sales; mid-market accounts
Full-Cycle Sales: full-cycle sales; full cycle sales; full sales cycle; full-cycle selling; end-to-end sales cycle
Objection Handling: objection handling; handling objections
Product Demos: product demos; product demonstrations; software demos
Discovery Calls: discovery calls; discovery meetings
Upselling: upselling; upsell; upsells; cross-selling; cross-sell; expansion revenue
RFP Responses: =RFP responses; =RFP writing; request for proposal responses
Revenue Operations: revenue operations; =RevOps
Sales Presentations: sales presentations; sales pitches
SaaS Sales: saas sales; software sales; selling saas; saas selling; saas account executive
# marketing
SEO: =SEO; search engine optimization; search engine optimisation
SEM: =SEM; search engine marketing
PPC: =PPC; pay-per-click
Google Ads: google ads; adwords
Meta Ads: meta ads; facebook ads; instagram ads
TikTok Ads: tiktok ads; =TikTok
LinkedIn Ads: linkedin ads
Paid Social: paid social; paid media
Content Marketing: content marketing; content strategy
Copywriting: copywriting; copy writing
Email Marketing: email marketing; email campaigns
Lifecycle Marketing: lifecycle marketing; lifecycle email; lifecycle programs; lifecycle programmes; =CRM marketing
SMS Marketing: sms marketing; =SMS
Social Media Marketing: social media marketing; social media; community management
Influencer Marketing: influencer marketing
Affiliate Marketing: affiliate marketing
Product Marketing: product marketing; go-to-market; =GTM strategy
Brand Marketing: brand marketing; brand management
Marketing Automation: marketing automation
Marketing Attribution: marketing attribution; attribution model; attribution modelling; attribution modeling; multi-touch attribution
Conversion Rate Optimization: conversion rate optimization; conversion rate optimisation; =CRO
Market Research: market research; competitive analysis; competitor analysis
Public Relations: public relations; press relations; media relations
Event Marketing: event marketing; events management
Demand Generation: demand generation; demand gen
Account-Based Marketing: account-based marketing; account based marketing; =ABM
Marketo: marketo
Mailchimp: mailchimp
Klaviyo: klaviyo
=Braze:
~Iterable: iterable.com
Pardot: pardot
Hootsuite: hootsuite
Sprout Social: sprout social
~Buffer: buffer app
Semrush: semrush
Ahrefs: ahrefs
=Moz:
Surfer SEO: surfer seo; =Surfer
Screaming Frog: screaming frog
Shopify: shopify
WooCommerce: woocommerce
Magento: magento
Intelligems: intelligems
Unbounce: unbounce
Contentful: contentful
# customer support
Customer Support: customer support; customer service; technical support; tech support
Zendesk: zendesk
Intercom: intercom
Freshdesk: freshdesk
ServiceNow: servicenow
Help Scout: help scout
Gorgias: gorgias
Salesforce Service Cloud: service cloud
Jira Service Management: jira service management; jira service desk
Knowledge Base: knowledge base; help center articles; help-center articles; help centre articles
Ticketing: ticket triage; ticketing systems
ITIL: =ITIL
Live Chat: live chat
Escalation Management: escalation management
Customer Success: customer success
Onboarding: onboarding; employee onboarding
Churn Reduction: churn reduction; churn analysis
NPS: =NPS; net promoter score
CSAT: =CSAT
QA Scorecards: quality assurance scorecards; qa scorecards
# finance and accounting
Financial Modeling: financial modeling; financial modelling; financial models; financial model; driver-based models; driver-based model; =LBO models; =LBO model
Three-Statement Model: three-statement model; three-statement models; three-statement modelling; three-statement modeling; 3-statement model; 3-statement models; integrated three-statement
~Financial Planning and Analysis: financial planning and analysis; financial planning & analysis  # 'FP&A' names a team or title far more often than a skill
Financial Reporting: financial reporting; financial statements
Management Accounts: management accounts; management accounting; management reporting; management accounts packs
Budgeting: budgeting; budget management; budget planning; annual budget; annual budgets; operating budget; operating budgets; budget preparation; budget process; budget cycle; annual operating plan; =AOP
Forecasting: forecasting; forecasts; rolling forecasts; rolling forecast; forecast reviews
Variance Analysis: variance analysis; variance analyses; budget-vs-actual; budget vs actual; budget vs. actual; actual vs budget; actuals vs budget; budget-to-actual; budget to actual; variance reporting; variance commentary; =BvA
Scenario Planning: scenario planning; scenario modelling; scenario modeling
Scenario Analysis: scenario analysis; scenario models; scenario model; sensitivity analysis; sensitivity models; what-if analysis
Working Capital Analysis: working capital analysis; working-capital analysis; working capital management; working capital optimisation; working capital optimization
Cash Flow Management: cash flow forecasting; cash flow management; cash management; treasury; cash forecasting; cash-flow forecasting; cash flow forecasts
Month-End Close: month-end close; month end close; year-end close; period close; month end reporting; quarter-end close
Accounts Payable: accounts payable
Accounts Receivable: accounts receivable
General Ledger: general ledger; =GL reconciliations
Reconciliations: reconciliations; account reconciliations
Bank Reconciliations: bank reconciliations; bank reconciliation; bank recs
Bookkeeping: bookkeeping
Payroll: payroll
Audit: auditing; internal audit; external audit; statutory audit; financial audit; audit and assurance
Tax: =Tax; tax returns; tax compliance; corporate tax
VAT: =VAT; =VAT returns
Valuation: valuation
DCF: =DCF; discounted cash flow; =DCF models; =DCF modelling
M&A: =M&A; mergers and acquisitions; due diligence
IFRS: =IFRS; international financial reporting standards
Revenue Recognition: revenue recognition; =ASC 606; =IFRS 15
~Consolidation: financial consolidation; group consolidation; consolidated accounts; consolidations
P&L Management: p&l management; p&l ownership; p&l responsibility; p&l accountability
Financial Analysis: financial analysis
Capital Expenditure Analysis: capex analysis; capital expenditure analysis; capex planning; capital budgeting
Long-Range Planning: long-range planning; long-range plan; long range planning; =LRP
Unit Economics: unit economics
US GAAP: =GAAP; us gaap
SOX: =SOX; sarbanes-oxley
Cost Accounting: cost accounting; product costing
Standard Costing: standard costing; standard costs
Inventory Analysis: inventory analysis; stock analysis
Credit Analysis: credit analysis
Investment Analysis: investment analysis; equity research; portfolio management
Risk Analysis: risk analysis; market risk; credit risk
AML: =AML; =KYC; anti-money laundering
CPA: =CPA; certified public accountant; certified practising accountant
ACCA: =ACCA
CIMA: =CIMA; =ACMA; =CGMA; chartered management accountant
CFA: =CFA
Chartered Accountant: chartered accountant; =ACA
Xero: =Xero
MYOB: =MYOB
QuickBooks: quickbooks
Sage: sage 50; sage 200; sage 300; sage intacct; sage accounting; sage x3
NetSuite: netsuite; oracle netsuite
SAP BPC: sap bpc
SAP FICO: sap fico; sap fi/co; sap fi
Hyperion: hyperion; oracle hyperion; oracle epm; =PBCS; oracle planning; hyperion planning
Essbase: essbase
Planful: planful
=Vena: vena solutions
=Pigment:
Jedox: jedox
Anaplan: anaplan
Adaptive Insights: adaptive insights; workday adaptive planning
Bloomberg Terminal: bloomberg terminal; =Bloomberg
Power Pivot: power pivot
Power Query: power query
VBA: =VBA; excel vba; excel macros
Pivot Tables: pivot tables; pivot table; pivottables
=Excel: microsoft excel; ms excel; =Excel; advanced excel; excel modelling; excel modeling
Google Sheets: google sheets
"""
