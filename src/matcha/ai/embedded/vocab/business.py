# ruff: noqa: E501 (one skill a line: the table reads better unwrapped)
"""Sales, marketing, customer support, finance and accounting."""

TABLE = """
# sales
=Salesforce: salesforce crm; sfdc; =Salesforce
HubSpot: hubspot
Pipedrive: pipedrive
Microsoft Dynamics 365: dynamics 365; microsoft dynamics; dynamics crm; =D365
Zoho CRM: zoho crm; =Zoho
Outreach: outreach.io
Salesloft: salesloft
Gong: gong.io; =Gong
LinkedIn Sales Navigator: sales navigator; linkedin sales navigator
ZoomInfo: zoominfo
Apollo.io: apollo.io
CRM: customer relationship management
Key Account Management: key account management; key accounts; account management; key account manager; account manager
Account Planning: account planning; account plans
Business Development: business development; new business development; new-business sales; new-business; new business sales; =BD
Lead Generation: lead generation; lead gen
Prospecting: prospecting; cold calling; cold outreach
Telesales: telesales; inside sales; telemarketing
Field Sales: field sales; outside sales
Solution Selling: solution selling; consultative selling
Challenger Sale: challenger sale; challenger selling
SPIN Selling: spin selling
MEDDIC: meddic; meddpicc
Sandler: sandler selling; sandler training
Pipeline Management: pipeline management; pipeline forecasting
Sales Forecasting: sales forecasting; sales forecast
Negotiation: negotiation; negotiations; negotiating
Contract Negotiation: contract negotiation; contract negotiations
~Pricing: price reviews; pricing strategy; pricing analysis
Territory Management: territory management; territory planning
Channel Sales: channel sales; channel partners; partner management
Order Entry: order entry; order processing
Quota Attainment: quota attainment
Retail Sales: retail sales
B2B Sales: b2b sales
SaaS Sales: saas sales
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
Braze: =Braze
Iterable: iterable.com
Pardot: pardot
Hootsuite: hootsuite
Sprout Social: sprout social
Buffer: buffer app
Semrush: semrush
Ahrefs: ahrefs
Moz: =Moz
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
Financial Modeling: financial modeling; financial modelling; financial models; driver-based models; driver-based model
Financial Planning and Analysis: =FP&A; financial planning and analysis
Financial Reporting: financial reporting; financial statements; management accounts
Budgeting: budgeting; budget management; budget planning
Forecasting: forecasting; forecasts; rolling forecasts; rolling forecast; forecast reviews
Variance Analysis: variance analysis; budget-vs-actual; budget vs actual
Scenario Planning: scenario planning; scenario analysis; scenario modelling; scenario modeling
Working Capital Analysis: working capital analysis; working-capital analysis; working capital management
Cash Flow Management: cash flow forecasting; cash flow management; cash management; treasury
Month-End Close: month-end close; month end close; year-end close; period close
Accounts Payable: accounts payable
Accounts Receivable: accounts receivable
General Ledger: general ledger; =GL reconciliations
Reconciliations: reconciliations; account reconciliations; bank reconciliations
Bookkeeping: bookkeeping
Payroll: payroll
Audit: auditing; internal audit; external audit; statutory audit; financial audit; audit and assurance
Tax: =Tax; tax returns; tax compliance; corporate tax; =VAT
Valuation: valuation; =DCF; discounted cash flow
M&A: =M&A; mergers and acquisitions; due diligence
IFRS: =IFRS
US GAAP: =GAAP; us gaap
SOX: =SOX; sarbanes-oxley
Cost Accounting: cost accounting; standard costing; product costing
Inventory Analysis: inventory analysis; stock analysis
Credit Analysis: credit analysis
Investment Analysis: investment analysis; equity research; portfolio management
Risk Analysis: risk analysis; market risk; credit risk
AML: =AML; =KYC; anti-money laundering
CPA: =CPA; certified public accountant; certified practising accountant
ACCA: =ACCA
CIMA: =CIMA
CFA: =CFA
Chartered Accountant: chartered accountant; =ACA
Xero: =Xero
MYOB: =MYOB
QuickBooks: quickbooks
Sage Accounting: sage 50; sage intacct; sage accounting
NetSuite: netsuite
SAP BPC: sap bpc
SAP FICO: sap fico; sap fi/co; sap fi
Hyperion: hyperion; oracle hyperion
Anaplan: anaplan
Adaptive Insights: adaptive insights; workday adaptive planning
Bloomberg Terminal: bloomberg terminal; =Bloomberg
Power Pivot: power pivot
Power Query: power query
VBA: =VBA; excel vba; excel macros
Pivot Tables: pivot tables; pivot table; pivottables
=Excel: microsoft excel; ms excel; =Excel
Google Sheets: google sheets
"""
