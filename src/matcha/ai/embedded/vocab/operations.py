# ruff: noqa: E501 (one skill a line: the table reads better unwrapped)
"""Supply chain, logistics, procurement, manufacturing and quality."""

TABLE = """
# planning
Demand Planning: demand planning; demand planner
Demand Forecasting: demand forecasting; demand forecast; demand forecasts
Statistical Forecasting: statistical forecasting; statistical forecast; statistical forecasts
Consensus Forecasting: consensus forecasting; consensus forecast
Promotional Forecasting: promotional forecasting; promotional uplift modelling; promotional uplift modeling; promotion forecasting; post-promotion analysis
NPI Forecasting: new product introduction forecasting; =NPI forecasting; new product introductions; new product introduction
Supply Planning: supply planning; supply plan; supply plans
S&OP: =S&OP; sales and operations planning; sales & operations planning; =IBP process
Integrated Business Planning: integrated business planning
MRP: =MRP; material requirements planning; =MRP II
Production Planning: production planning; production scheduling; master production scheduling; =MPS
Inventory Optimization: inventory optimization; inventory optimisation; multi-echelon inventory optimization; multi-echelon inventory optimisation; =MEIO
Inventory Management: inventory management; inventory control; stock control; inventory reporting; inventory reports
Safety Stock: safety stock; safety-stock; safety stocks
Replenishment: replenishment; store replenishment; auto-replenishment
Vendor-Managed Inventory: vendor-managed inventory; vendor managed inventory; =VMI
Master Data Management: master data management; master data; =MDM
Supply Chain Analytics: supply chain analytics
Network Design: supply chain network design; network optimization; network optimisation
# procurement
Procurement: procurement; purchasing; purchase orders
Strategic Sourcing: strategic sourcing; sourcing strategy
Supplier Negotiation: supplier negotiation; supplier negotiations; vendor negotiation; vendor negotiations
Supplier Management: supplier management; supplier relationship management; vendor management
Supplier Performance Management: supplier performance management; supplier scorecards; supplier scorecard; vendor scorecards
Spend Analysis: spend analysis; spend analytics; spend cube
Price Benchmarking: price benchmarking; cost benchmarking
RFQs: =RFQ; =RFQs; =RFP; =RFPs; request for quotation; tendering; tenders
Category Management: category management
Contract Management: contract management
Incoterms: incoterms
Rules of Origin: rules of origin; =USMCA; =NAFTA
Customs Compliance: customs compliance; customs clearance; customs declarations; import/export compliance; trade compliance
CIPS: =CIPS; =MCIPS
# logistics
Logistics Management: logistics management; logistics coordination; logistics planning
Warehouse Management: warehouse management; warehouse operations; warehousing
WMS: =WMS; warehouse management system
TMS: =TMS; transport management system; transportation management system
Transport Planning: transport planning; transportation planning; route planning; route optimisation; route optimization; fleet management
Freight Forwarding: freight forwarding; freight management
Last-Mile Delivery: last-mile delivery; last mile delivery
Cold Chain: cold chain
Distribution Management: distribution management; distribution planning
Order Fulfilment: order fulfilment; order fulfillment; pick and pack; picking and packing
Forklift Licence: forklift licence; forklift license; forklift certified; forklift
Cycle Counting: cycle counting; cycle counts; stock takes; stocktaking
Import/Export: import/export; imports and exports
Dangerous Goods: dangerous goods; hazmat; =ADR certificate
HGV Licence: =HGV licence; =HGV; =CDL; commercial driver's license
# systems
=SAP: =SAP; =SAP ERP
SAP S/4HANA: s/4hana; s4hana; sap s/4hana; sap s4
SAP ECC: sap ecc; =ECC
SAP IBP: sap ibp; =IBP
SAP APO: sap apo; sap apo dp; =APO
SAP MM: sap mm
SAP SD: sap sd
SAP Ariba: ariba; sap ariba
Oracle SCM: oracle scm; oracle fusion scm
Oracle EBS: oracle ebs; oracle e-business suite
Kinaxis: kinaxis; rapidresponse
Blue Yonder: blue yonder; =JDA
o9 Solutions: o9 solutions
RELEX: =RELEX
Manhattan WMS: manhattan associates; manhattan wms
Coupa: coupa
Infor: =Infor; infor m3; infor ln
Microsoft Dynamics AX: dynamics ax; dynamics nav; business central
ERP: =ERP; =ERP systems
# quality and improvement
Lean Six Sigma: lean six sigma
Six Sigma: six sigma; six sigma green belt; six sigma black belt; green belt; black belt
Lean Manufacturing: lean manufacturing; =5S; kaizen; value stream mapping
Root Cause Analysis: root cause analysis; =RCA; 8d; fishbone
ISO 9001: =ISO 9001; iso 9001
GMP: =GMP; good manufacturing practice; =cGMP
HACCP: =HACCP
Quality Assurance: quality assurance
Quality Control: quality control
Health and Safety: health and safety; =NEBOSH; =IOSH; =OSHA
APICS CPIM: =CPIM; apics cpim
APICS CSCP: =CSCP; apics cscp
PMP: =PMP; project management professional
PRINCE2: prince2
# kitchens and hospitality
Menu Development: menu development; menu design; menu planning; seasonal menus; menu engineering
Menu Costing: menu costing; recipe costing; plate costing; food costing
Food Cost Control: food cost control; food cost management; food and labor cost; food and labour cost
Butchery: butchery; whole-animal butchery; meat fabrication
Pastry: pastry; patisserie
Kitchen Management: kitchen management; brigade management
Toast POS: toast pos; =Toast
Square POS: square pos
Lightspeed: lightspeed pos; lightspeed restaurant
OpenTable: opentable
ServSafe Manager: servsafe manager; servsafe food protection manager; =ServSafe Food Manager
ServSafe Alcohol: servsafe alcohol
Food Safety: food safety; food hygiene; food handler; food handlers
"""
