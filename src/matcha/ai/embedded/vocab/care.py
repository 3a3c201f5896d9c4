# ruff: noqa: E501 (one skill a line: the table reads better unwrapped)
"""Healthcare and nursing: licences, certifications, clinical skills and systems."""

# Licences and bedside skills: claimed only by someone who has worked in a clinical role (a
# healthcare recruiter names them too, for the people she places).
LICENCES = """
# licences and certifications
Registered Nurse: registered nurse; =RN; =RGN; registered general nurse; =NCLEX-RN; =RN license; =RN licence
Licensed Practical Nurse: licensed practical nurse; =LPN; =LVN
Nurse Practitioner: nurse practitioner; =NP-C; =FNP
Certified Nursing Assistant: certified nursing assistant; =CNA
BLS: =BLS; basic life support
ACLS: =ACLS; advanced cardiac life support
Advanced Life Support: advanced life support; =ALS provider; =ALS certified; =ALS certification
Immediate Life Support: immediate life support; =ILS provider; =ILS certified
PALS: =PALS; pediatric advanced life support; paediatric advanced life support
NRP: =NRP; neonatal resuscitation
TNCC: =TNCC; trauma nursing core course
SANE: =SANE; sexual assault nurse examiner; forensic nurse examiner
CCP-C: =CCP-C; certified critical care paramedic
NREMT-P: =NREMT-P; =NREMT-Paramedic; =NREMT
ENPC: =ENPC; emergency nursing pediatric course
TCRN: =TCRN; trauma certified registered nurse
CPEN: =CPEN
ATLS: =ATLS; advanced trauma life support
Oncology Certified Nurse: =OCN
CNOR: =CNOR
CMSRN: =CMSRN
RNC-NIC: =RNC-NIC; =RNC-OB
CCRN: =CCRN; =CCRN-K; critical care registered nurse
CEN: =CEN; =CEN certification; certified emergency nurse
NMC Registration: =NMC registration; =NMC pin; =NMC PIN; =NMC
HCPC Registration: =HCPC
EMT: =EMT; emergency medical technician; paramedic
"""

BEDSIDE = """
# clinical skills
Critical Care Nursing: critical care nursing; intensive care nursing; =ICU nursing; critical care; intensive care; =ICU nurse; =ICU RN; =ICU experience; =MICU; =SICU; =CVICU; =CTICU; =CCU
Emergency Nursing: emergency nursing; emergency department nursing; emergency room nursing; =ER nursing; =ED nursing; =ER nurse; =ED nurse; =ED RN; =ER RN; emergency nurse; emergency care
Medical-Surgical Nursing: medical-surgical nursing; med-surg; med/surg
Pediatric Nursing: pediatric nursing; paediatric nursing
Oncology Nursing: oncology nursing; chemotherapy administration
Labor and Delivery: labor and delivery; labour and delivery; midwifery
Wound VAC: wound vac; wound vacs; =VAC therapy; negative pressure wound therapy; =NPWT
Wound Care: wound care; wound management; tissue viability; wound dressings; wound assessment; pressure injury prevention; pressure ulcer prevention; pressure injuries; pressure ulcers
Medication Administration: medication administration; medicines administration; drug administration; med administration; medication passes; med passes; administering medications; administered medications; administer medications; medication management
IV Access: =IV access; =IO access; =IV/IO access; intraosseous access; peripheral IV access
IV Therapy: =IV therapy; =IV cannulation; cannulation; =IV insertion; =IV starts; =IV placement; =IV medications; =IV fluids; =IV infusions; =IV pumps; peripheral IVs; peripheral IV; intravenous therapy; intravenous infusions; infusion therapy
Phlebotomy: phlebotomy; venepuncture; venipuncture; blood draws
Patient Assessment: patient assessment; patient assessments; clinical assessment; clinical assessments; nursing assessment; nursing assessments; head-to-toe assessments; head-to-toe assessment; physical assessment
Triage: triage; triaging; triaged; =ESI triage; emergency severity index; =ESI; manchester triage; telephone triage
Trauma Care: trauma care; trauma nursing; trauma resuscitation; trauma patients; major trauma; =Level I trauma; =Level II trauma
Care Planning: care planning; care plans
Infection Control: infection control; infection prevention
Discharge Planning: discharge planning
Patient Education: patient education; patient teaching; patient and family education; family education; discharge teaching; discharge education
Arterial Lines: arterial lines; arterial line; art lines
Arterial Line Monitoring: arterial line monitoring; invasive pressure monitoring; invasive blood pressure monitoring; invasive haemodynamic monitoring; invasive hemodynamic monitoring
Central Lines: central lines; central line care
PICC Care: =PICC care; =PICC line care; =PICC lines; =PICC
Ventilator Management: ventilator management; ventilated patients; mechanical ventilation; mechanically ventilated; invasive mechanical ventilation; ventilator care; ventilator weaning; vent management; vent weaning; ventilated; vents
Non-Invasive Ventilation: =NIV; non-invasive ventilation; noninvasive ventilation
BiPAP: =BiPAP; =BIPAP; =CPAP/BiPAP
Prone Positioning: prone positioning; proning; proning team; prone ventilation
Sedation Titration: sedation titration; sedation infusions; titrating sedation; sedation management; sedation weaning
Rapid Sequence Intubation: rapid sequence intubation; =RSI
Enteral Feeding: enteral feeding; enteral nutrition; tube feeding; tube feeds; nasogastric feeding
Vasoactive Titration: vasoactive titration; vasoactive drips; vasopressors; drip titration; titratable drips
Vasoactive Infusions: vasoactive infusions
Vasopressor Titration: vasopressor titration; vasopressors titration; pressor titration; vasopressor infusions; vasopressor management
Telemetry: telemetry; cardiac monitoring; cardiac telemetry
Telemetry Monitoring: telemetry monitoring
Rhythm Interpretation: rhythm interpretation; =ECG rhythm interpretation; =EKG rhythm interpretation; cardiac rhythm interpretation; arrhythmia interpretation; arrhythmia recognition; dysrhythmia interpretation
12-Lead ECG: =12-lead ECG; =12-lead ECGs; =12-lead EKG; =12-lead ECG interpretation; 12-lead
Chest Tube Care: chest tube care; chest tubes; chest drains
CRRT: =CRRT; continuous renal replacement therapy
Dialysis: dialysis; haemodialysis; hemodialysis
Impella: impella
IABP: =IABP; intra-aortic balloon pump
ECMO: =ECMO
NIHSS: =NIHSS; nih stroke scale
Post-CABG Care: post-cabg care; post-cabg; cardiac surgery recovery
Rapid Response: rapid response; code team; code blue team
Tracheostomy Care: tracheostomy care; trach care; tracheostomies; new trachs; trachs
Sepsis Management: sepsis management; sepsis bundles; sepsis bundle; sepsis protocols; sepsis protocol; sepsis screening
Palliative Care: palliative care; end-of-life care
Dementia Care: dementia care
Mental Health Nursing: mental health nursing; psychiatric nursing
Neonatal Nursing: neonatal nursing; neonatal intensive care; =NICU
Perioperative Nursing: perioperative nursing; peri-operative nursing; operating room nursing; theatre nursing; scrub nurse; circulating nurse
Post-Anesthesia Care: =PACU; post-anesthesia care; post-anaesthesia care
Progressive Care Nursing: =PCCN; progressive care nursing
Conscious Sedation: conscious sedation; procedural sedation; moderate sedation
Medication Reconciliation: medication reconciliation; med reconciliation
Stroke Care: stroke care; stroke protocols; stroke protocol; stroke alerts; stroke codes
Catheterisation: catheterisation; catheterization
Blood Transfusion: blood transfusion; blood transfusions
Electrocardiography: =ECG; =EKG
Clinical Documentation: clinical documentation; charting
Physiotherapy: physiotherapy; physical therapy
Occupational Therapy: occupational therapy
Pharmacology: pharmacology
Radiography: radiography; x-ray
Ultrasound: ultrasound; sonography
"""

GENERAL = """
# open to anyone, or to office roles in healthcare
CPR: =CPR
First Aid: first aid
HIPAA: =HIPAA
Case Management: case management
Clinical Trials: clinical trials; =GCP certification; good clinical practice
# systems
=Epic: epic emr; epic ehr; epic rover; epic hyperspace; epic systems; epic stork; epic asap; epiccare
Cerner: cerner; oracle health; cerner powerchart; powerchart; cerner millennium
Meditech: meditech
EMIS: =EMIS
SystmOne: systmone
Allscripts: allscripts
athenahealth: athenahealth; athenaone
eClinicalWorks: eclinicalworks
Pyxis: pyxis
Omnicell: omnicell
EHR: =EHR; electronic health records; electronic health record; electronic medical records; electronic medical record; electronic patient record; electronic patient records; =EPR
EMR: amazon emr; aws emr  # the electronic record and the AWS service share the acronym
Medical Coding: medical coding; =ICD-10; =CPT coding
Medical Billing: medical billing
"""

CLINICAL = LICENCES + BEDSIDE
TABLE = CLINICAL + GENERAL
