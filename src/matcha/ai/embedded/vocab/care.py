# ruff: noqa: E501 (one skill a line: the table reads better unwrapped)
"""Healthcare and nursing: licences, certifications, clinical skills and systems."""

TABLE = """
# licences and certifications
Registered Nurse: registered nurse; =RN; =RGN; registered general nurse
Licensed Practical Nurse: licensed practical nurse; =LPN; =LVN
Nurse Practitioner: nurse practitioner; =NP-C; =FNP
Certified Nursing Assistant: certified nursing assistant; =CNA
BLS: =BLS; basic life support
ACLS: =ACLS; advanced cardiac life support
PALS: =PALS; pediatric advanced life support; paediatric advanced life support
NRP: =NRP; neonatal resuscitation
TNCC: =TNCC; trauma nursing core course
CCRN: =CCRN
CEN: =CEN certification; certified emergency nurse
NMC Registration: =NMC registration; =NMC pin; =NMC
HCPC Registration: =HCPC
EMT: =EMT; emergency medical technician; paramedic
CPR: =CPR
First Aid: first aid
# clinical skills
Critical Care Nursing: critical care nursing; intensive care nursing; =ICU nursing
Emergency Nursing: emergency nursing
Medical-Surgical Nursing: medical-surgical nursing; med-surg; med/surg
Pediatric Nursing: pediatric nursing; paediatric nursing
Oncology Nursing: oncology nursing; chemotherapy administration
Labor and Delivery: labor and delivery; labour and delivery; midwifery
Wound Care: wound care; wound management; tissue viability
Medication Administration: medication administration; medicines administration; drug administration
IV Therapy: =IV therapy; =IV cannulation; cannulation; =IV insertion; venepuncture; venipuncture; phlebotomy
Patient Assessment: patient assessment; patient assessments; clinical assessment; triage
Care Planning: care planning; care plans
Infection Control: infection control; infection prevention
Discharge Planning: discharge planning
Patient Education: patient education
Arterial Lines: arterial lines; arterial line; art lines
Central Lines: central lines; central line care; =PICC
Ventilator Management: ventilator management; ventilated patients; mechanical ventilation
Vasoactive Titration: vasoactive titration; vasoactive infusions; vasoactive drips; vasopressors
Telemetry: telemetry; cardiac monitoring
Chest Tube Care: chest tube care; chest tubes; chest drains
CRRT: =CRRT; continuous renal replacement therapy
Dialysis: dialysis; haemodialysis; hemodialysis
Impella: impella
IABP: =IABP; intra-aortic balloon pump
ECMO: =ECMO
NIHSS: =NIHSS; nih stroke scale
Post-CABG Care: post-cabg care; post-cabg; cardiac surgery recovery
Rapid Response: rapid response; code team; code blue team
Tracheostomy Care: tracheostomy care; trach care
Sepsis Management: sepsis management; sepsis bundles
Palliative Care: palliative care; end-of-life care
Dementia Care: dementia care
Mental Health Nursing: mental health nursing; psychiatric nursing
Catheterisation: catheterisation; catheterization
Blood Transfusion: blood transfusion; blood transfusions
Electrocardiography: =ECG; =EKG; 12-lead
HIPAA: =HIPAA
Clinical Documentation: clinical documentation; charting
Case Management: case management
Clinical Trials: clinical trials; =GCP certification; good clinical practice
Physiotherapy: physiotherapy; physical therapy
Occupational Therapy: occupational therapy
Pharmacology: pharmacology
Radiography: radiography; x-ray
Ultrasound: ultrasound; sonography
# systems
Epic: =Epic; epic emr; epic rover; epic hyperspace
Cerner: cerner; oracle health
Meditech: meditech
EMIS: =EMIS
SystmOne: systmone
Allscripts: allscripts
Pyxis: pyxis
Omnicell: omnicell
EHR: =EHR; electronic health records; electronic health record; electronic medical records
EMR: amazon emr; aws emr  # the electronic record and the AWS service share the acronym
Medical Coding: medical coding; =ICD-10; =CPT coding
Medical Billing: medical billing
"""
